using System;
using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Diagnostics;

namespace SorAnalyzers.Model.Resolution;

/// <summary>
/// Works out who holds what. A system holds a field if it owns it, or if a flow delivers it there
/// from a system that holds it; relays (billing → crm → bi) need a fixpoint, since flows may be listed
/// in any order. Then checks each flow against that answer: direction, holdings, loops, competition.
/// </summary>
/// <remarks>
/// Fields are numbered in the model's order, and what the resolver keeps per field (its holdings, the flows
/// that carry it, its first writers) is a chain of numbers in a few shared arrays, not a collection per
/// field: a big model has tens of thousands of fields, and the garbage collector would trace every one of
/// those collections at each pause of the read.
/// </remarks>
internal sealed class HoldingResolver
{
    private readonly FieldDefinition[] _fields; // by number, in the model's order
    private readonly Dictionary<string, int> _numbers; // a field's key → its number
    private readonly Dictionary<string, EntityDefinition> _entities;
    private readonly Dictionary<string, int> _firstFieldOf; // an entity's name → the number of its first field
    private readonly List<FlowDefinition> _flows;
    private readonly DiagnosticBag _diagnostics;

    // The field each entry of each flow names (-1 for a wildcard), by the flow's and the entry's index:
    // looked up once, not on every pass of the fixpoint.
    private readonly int[][] _named;

    // Each field's holdings, in the order found: the owner's first, then one per delivering flow.
    private readonly Chains<FieldHolding> _holdings;

    private HoldingResolver(List<EntityDefinition> entities, List<FlowDefinition> flows, DiagnosticBag diagnostics)
    {
        int fieldCount = 0;
        foreach (EntityDefinition entity in entities)
        {
            fieldCount += entity.Fields.Count;
        }

        _fields = new FieldDefinition[fieldCount];
        _numbers = new Dictionary<string, int>(fieldCount, StringComparer.Ordinal);
        _entities = new Dictionary<string, EntityDefinition>(entities.Count, StringComparer.Ordinal);
        _firstFieldOf = new Dictionary<string, int>(entities.Count, StringComparer.Ordinal);
        _holdings = new Chains<FieldHolding>(fieldCount, fieldCount + (fieldCount / 2));
        int number = 0;
        foreach (EntityDefinition entity in entities)
        {
            _entities.Add(entity.Name, entity);
            _firstFieldOf.Add(entity.Name, number);
            foreach (FieldDefinition field in entity.Fields)
            {
                _fields[number] = field;
                _numbers.Add(field.Key, number);
                _holdings.Add(number, new FieldHolding(field.Key, field.Owner, null));
                number++;
            }
        }

        _flows = flows;
        _diagnostics = diagnostics;
        _named = new int[flows.Count][];
        for (int i = 0; i < flows.Count; i++)
        {
            EquatableArray<FlowFieldReference> references = flows[i].Fields;
            _named[i] = new int[references.Count];
            for (int j = 0; j < references.Count; j++)
            {
                _named[i][j] = references[j].IsWildcard ? -1 : _numbers[references[j].Text];
            }
        }
    }

    public sealed record Result(List<FlowDefinition> Flows, List<FieldHolding> Holdings);

    public static Result Resolve(IEnumerable<SystemDefinition> systems, IEnumerable<EntityDefinition> entities, List<FlowDefinition> flows, DiagnosticBag diagnostics)
    {
        var entityList = entities.ToList();
        var resolver = new HoldingResolver(entityList, flows, diagnostics);
        resolver.PropagateHoldings();
        List<FlowDefinition> resolved = resolver.CheckFlows(out Carried carried);
        HashSet<string> inLoops = resolver.CheckLoops(resolved, carried);
        resolver.CheckCompetingWriters(resolved, carried, inLoops);
        var holdings = new List<FieldHolding>(resolver._holdings.Count);
        for (int field = 0; field < resolver._fields.Length; field++)
        {
            for (int at = resolver._holdings.First(field); at >= 0; at = resolver._holdings.Next(at))
            {
                holdings.Add(resolver._holdings[at]);
            }
        }

        return new Result(resolved, holdings);
    }

    private bool Holds(string system, int field)
    {
        for (int at = _holdings.First(field); at >= 0; at = _holdings.Next(at))
        {
            if (_holdings[at].System == system)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fields (by number) one entry of a flow may carry: those its source holds and its target does not own, into <paramref name="into"/> (cleared first).</summary>
    private void Deliverable(FlowDefinition flow, FlowFieldReference reference, int named, List<int> into)
    {
        into.Clear();
        if (reference.IsWildcard)
        {
            int first = _firstFieldOf[reference.Entity];
            int count = _entities[reference.Entity].Fields.Count;
            for (int field = first; field < first + count; field++)
            {
                if (CarryRule.Carries(flow, _fields[field], byWildcard: true, Holds(flow.From, field)))
                {
                    into.Add(field);
                }
            }

            return;
        }

        if (CarryRule.Carries(flow, _fields[named], byWildcard: false, Holds(flow.From, named)))
        {
            into.Add(named);
        }
    }

    private void PropagateHoldings()
    {
        bool changed = true;
        var delivered = new List<int>();
        while (changed)
        {
            changed = false;
            for (int i = 0; i < _flows.Count; i++)
            {
                FlowDefinition flow = _flows[i];
                for (int j = 0; j < flow.Fields.Count; j++)
                {
                    Deliverable(flow, flow.Fields[j], _named[i][j], delivered);
                    foreach (int field in delivered)
                    {
                        if (!Holds(flow.To, field))
                        {
                            _holdings.Add(field, new FieldHolding(_fields[field].Key, flow.To, flow.Id));
                            changed = true;
                        }
                    }
                }
            }
        }
    }

    /// <summary>The fields each flow carries, by number: flow <c>i</c>'s are <c>Fields[Start[i]]</c> up to <c>Fields[Start[i + 1]]</c>.</summary>
    private sealed class Carried
    {
        public Carried(int flows) => Start = new int[flows + 1];

        public int[] Start { get; }

        public List<int> Fields { get; } = new();
    }

    private List<FlowDefinition> CheckFlows(out Carried carriedFields)
    {
        var resolved = new List<FlowDefinition>(_flows.Count);
        carriedFields = new Carried(_flows.Count);
        var delivered = new List<int>();
        var seenIn = new int[_fields.Length]; // the number (1-based) of the last flow that carried each field
        for (int i = 0; i < _flows.Count; i++)
        {
            FlowDefinition flow = _flows[i];
            carriedFields.Start[i] = carriedFields.Fields.Count;
            var carried = new List<string>();
            for (int j = 0; j < flow.Fields.Count; j++)
            {
                FlowFieldReference reference = flow.Fields[j];
                Deliverable(flow, reference, _named[i][j], delivered);
                if (reference.IsWildcard)
                {
                    if (delivered.Count == 0)
                    {
                        _diagnostics.Add(ModelRules.EmptyWildcard, reference.Span, null, flow.Id, reference.Text, flow.From, reference.Entity);
                    }
                }
                else
                {
                    FieldDefinition field = _fields[_named[i][j]];
                    if (!CarryRule.MayEnter(flow, field))
                    {
                        _diagnostics.Add(ModelRules.FlowIntoOwner, reference.Span, null, flow.Id, field.Key, flow.To);
                    }
                    else if (!Holds(flow.From, _named[i][j]))
                    {
                        _diagnostics.Add(ModelRules.FieldNotHeld, reference.Span, null, flow.Id, field.Key, flow.From, field.Owner);
                    }
                }

                foreach (int number in delivered)
                {
                    if (seenIn[number] == i + 1)
                    {
                        continue;
                    }

                    seenIn[number] = i + 1;
                    FieldDefinition field = _fields[number];
                    carried.Add(field.Key);
                    carriedFields.Fields.Add(number);
                    if (field.Deprecated is not null)
                    {
                        _diagnostics.Add(ModelRules.DeprecatedFieldInFlow, reference.Span, null, flow.Id, field.Key, field.Deprecated);
                    }
                }
            }

            resolved.Add(flow with { Carried = carried.ToEquatableArray() });
        }

        carriedFields.Start[_flows.Count] = carriedFields.Fields.Count;
        return resolved;
    }

    /// <param name="inLoops">Deliveries already reported as part of a loop: a loop always has two writers into one system, and the loop is the root cause.</param>
    private void CheckCompetingWriters(List<FlowDefinition> flows, Carried carried, HashSet<string> inLoops)
    {
        // Each field's first writer into each system (by the flow's index), a chain per field.
        var firstWriters = new Chains<int>(_fields.Length, carried.Fields.Count);
        for (int i = 0; i < flows.Count; i++)
        {
            FlowDefinition flow = flows[i];
            for (int c = carried.Start[i]; c < carried.Start[i + 1]; c++)
            {
                int field = carried.Fields[c];
                FlowDefinition? first = null;
                for (int at = firstWriters.First(field); at >= 0; at = firstWriters.Next(at))
                {
                    FlowDefinition writer = flows[firstWriters[at]];
                    if (writer.To == flow.To)
                    {
                        first = writer;
                        break;
                    }
                }

                string fieldKey = _fields[field].Key;
                if (first is null)
                {
                    firstWriters.Add(field, i);
                }
                else if (first.From != flow.From && !inLoops.Contains(Delivery(flow.To, fieldKey)))
                {
                    _diagnostics.AddDuplicate(ModelRules.CompetingWriters, ReferenceSpan(flow, fieldKey), ReferenceSpan(first, fieldKey),
                        fieldKey, flow.To, first.Id, first.From, flow.Id, flow.From);
                }
            }
        }
    }

    /// <summary>A delivery of a field into a system, as one string (a system id never holds a line break).</summary>
    private static string Delivery(string system, string fieldKey) => system + "\n" + fieldKey;

    /// <returns>The deliveries (<see cref="Delivery"/>) reported as part of a loop.</returns>
    private HashSet<string> CheckLoops(List<FlowDefinition> flows, Carried carried)
    {
        var inLoops = new HashSet<string>(StringComparer.Ordinal);

        // Each field's flows (by index), in the model's order: one pass over what the flows carry.
        var carriers = new Chains<int>(_fields.Length, carried.Fields.Count);
        for (int i = 0; i < flows.Count; i++)
        {
            for (int c = carried.Start[i]; c < carried.Start[i + 1]; c++)
            {
                carriers.Add(carried.Fields[c], i);
            }
        }

        for (int number = 0; number < _fields.Length; number++)
        {
            // Copies returning to the owner (targetIfBlank fills) are not loops: leave those edges out.
            FieldDefinition field = _fields[number];
            int edgeCount = 0;
            for (int at = carriers.First(number); at >= 0; at = carriers.Next(at))
            {
                if (flows[carriers[at]].To != field.Owner)
                {
                    edgeCount++;
                }
            }

            if (edgeCount < 2)
            {
                continue; // a loop needs two edges at least (a flow never goes to its own source)
            }

            var edges = new List<FlowDefinition>(edgeCount);
            for (int at = carriers.First(number); at >= 0; at = carriers.Next(at))
            {
                FlowDefinition flow = flows[carriers[at]];
                if (flow.To != field.Owner)
                {
                    edges.Add(flow);
                }
            }

            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (FlowDefinition edge in edges)
            {
                List<string>? back = Path(edges, edge.To, edge.From);
                if (back is null || reported.Contains(edge.From))
                {
                    continue;
                }

                var cycle = new List<string> { edge.From };
                cycle.AddRange(back);
                foreach (string system in cycle)
                {
                    reported.Add(system);
                    inLoops.Add(Delivery(system, field.Key));
                }

                _diagnostics.Add(ModelRules.FlowLoop, ReferenceSpan(edge, field.Key), null, field.Key, string.Join(" → ", cycle), field.Owner);
            }
        }

        return inLoops;
    }

    /// <summary>Systems from <paramref name="start"/> to <paramref name="goal"/> along the edges (both ends included), or null.</summary>
    private static List<string>? Path(List<FlowDefinition> edges, string start, string goal)
    {
        var previous = new Dictionary<string, string?>(StringComparer.Ordinal) { [start] = null };
        var queue = new Queue<string>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            string node = queue.Dequeue();
            if (node == goal)
            {
                var path = new List<string>();
                for (string? at = node; at is not null; at = previous[at])
                {
                    path.Insert(0, at);
                }

                return path;
            }

            foreach (FlowDefinition edge in edges)
            {
                if (edge.From == node && !previous.ContainsKey(edge.To))
                {
                    previous[edge.To] = node;
                    queue.Enqueue(edge.To);
                }
            }
        }

        return null;
    }

    /// <summary>Where a flow names a field: the explicit entry if there is one, else the wildcard that brought it.</summary>
    private static Text.ModelSpan ReferenceSpan(FlowDefinition flow, string fieldKey)
    {
        FlowFieldReference? reference = flow.Fields.FirstOrDefault(r => r.Text == fieldKey)
            ?? flow.Fields.FirstOrDefault(r => r.IsWildcard && fieldKey.StartsWith(r.Entity + ".", StringComparison.Ordinal));
        return reference?.Span ?? flow.Span;
    }

    /// <summary>
    /// A list of items per field, in the order added, kept as chains through shared arrays: one array of
    /// items and one of links for all fields, and each field's first and last link.
    /// </summary>
    private sealed class Chains<T>
    {
        private readonly int[] _first;
        private readonly int[] _last;
        private readonly List<T> _items;
        private readonly List<int> _next;

        public Chains(int fields, int capacity)
        {
            _first = new int[fields];
            _last = new int[fields];
            for (int i = 0; i < fields; i++)
            {
                _first[i] = -1;
            }

            _items = new List<T>(capacity);
            _next = new List<int>(capacity);
        }

        public int Count => _items.Count;

        public T this[int link] => _items[link];

        /// <summary>The first link of <paramref name="field"/>'s chain, or -1 when it has none.</summary>
        public int First(int field) => _first[field];

        /// <summary>The link after <paramref name="link"/> in its chain, or -1 at the end.</summary>
        public int Next(int link) => _next[link];

        public void Add(int field, T item)
        {
            int link = _items.Count;
            _items.Add(item);
            _next.Add(-1);
            if (_first[field] < 0)
            {
                _first[field] = link;
            }
            else
            {
                _next[_last[field]] = link;
            }

            _last[field] = link;
        }
    }
}
