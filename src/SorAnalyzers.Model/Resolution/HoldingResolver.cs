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
internal sealed class HoldingResolver
{
    private readonly Dictionary<string, FieldDefinition> _fields;
    private readonly Dictionary<string, EntityDefinition> _entities;
    private readonly Dictionary<string, List<FieldHolding>> _holders;
    private readonly List<FlowDefinition> _flows;
    private readonly DiagnosticBag _diagnostics;

    // One delegate for the carry rules' holding test, not one per call.
    private readonly Func<string, string, bool> _holds;

    private HoldingResolver(List<EntityDefinition> entities, List<FlowDefinition> flows, DiagnosticBag diagnostics)
    {
        int fieldCount = 0;
        foreach (EntityDefinition entity in entities)
        {
            fieldCount += entity.Fields.Count;
        }

        _entities = new Dictionary<string, EntityDefinition>(entities.Count, StringComparer.Ordinal);
        _fields = new Dictionary<string, FieldDefinition>(fieldCount, StringComparer.Ordinal);
        _holders = new Dictionary<string, List<FieldHolding>>(fieldCount, StringComparer.Ordinal);
        foreach (EntityDefinition entity in entities)
        {
            _entities.Add(entity.Name, entity);
            foreach (FieldDefinition field in entity.Fields)
            {
                _fields.Add(field.Key, field);
                _holders[field.Key] = new List<FieldHolding>(1) { new(field.Key, field.Owner, null) };
            }
        }

        _flows = flows;
        _diagnostics = diagnostics;
        _holds = Holds;
        _named = new FieldDefinition?[flows.Count][];
        for (int i = 0; i < flows.Count; i++)
        {
            EquatableArray<FlowFieldReference> references = flows[i].Fields;
            _named[i] = new FieldDefinition?[references.Count];
            for (int j = 0; j < references.Count; j++)
            {
                _named[i][j] = references[j].IsWildcard ? null : _fields[references[j].Text];
            }
        }
    }

    // The field each entry of each flow names (null for a wildcard), by the flow's and the entry's index:
    // looked up once, not on every pass of the fixpoint.
    private readonly FieldDefinition?[][] _named;

    public sealed record Result(List<FlowDefinition> Flows, List<FieldHolding> Holdings);

    public static Result Resolve(IEnumerable<SystemDefinition> systems, IEnumerable<EntityDefinition> entities, List<FlowDefinition> flows, DiagnosticBag diagnostics)
    {
        var entityList = entities.ToList();
        var resolver = new HoldingResolver(entityList, flows, diagnostics);
        resolver.PropagateHoldings();
        List<FlowDefinition> resolved = resolver.CheckFlows();
        HashSet<string> inLoops = resolver.CheckLoops(resolved);
        resolver.CheckCompetingWriters(resolved, inLoops);
        var holdings = new List<FieldHolding>(resolver._fields.Count);
        foreach (EntityDefinition entity in entityList)
        {
            foreach (FieldDefinition field in entity.Fields)
            {
                holdings.AddRange(resolver._holders[field.Key]);
            }
        }

        return new Result(resolved, holdings);
    }

    private bool Holds(string system, string fieldKey)
    {
        foreach (FieldHolding holding in _holders[fieldKey])
        {
            if (holding.System == system)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fields one entry of a flow may carry: those its source holds and its target does not own, into <paramref name="into"/> (cleared first).</summary>
    private void Deliverable(FlowDefinition flow, FlowFieldReference reference, FieldDefinition? named, List<FieldDefinition> into)
    {
        into.Clear();
        if (reference.IsWildcard)
        {
            foreach (FieldDefinition field in _entities[reference.Entity].Fields)
            {
                if (CarryRule.WildcardCarries(flow, field, _holds))
                {
                    into.Add(field);
                }
            }

            return;
        }

        if (CarryRule.MayCarry(flow, named!, _holds))
        {
            into.Add(named!);
        }
    }

    private void PropagateHoldings()
    {
        bool changed = true;
        var delivered = new List<FieldDefinition>();
        while (changed)
        {
            changed = false;
            for (int i = 0; i < _flows.Count; i++)
            {
                FlowDefinition flow = _flows[i];
                for (int j = 0; j < flow.Fields.Count; j++)
                {
                    Deliverable(flow, flow.Fields[j], _named[i][j], delivered);
                    foreach (FieldDefinition field in delivered)
                    {
                        if (!Holds(flow.To, field.Key))
                        {
                            _holders[field.Key].Add(new FieldHolding(field.Key, flow.To, flow.Id));
                            changed = true;
                        }
                    }
                }
            }
        }
    }

    private List<FlowDefinition> CheckFlows()
    {
        var resolved = new List<FlowDefinition>(_flows.Count);
        var delivered = new List<FieldDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < _flows.Count; i++)
        {
            FlowDefinition flow = _flows[i];
            var carried = new List<string>();
            seen.Clear();
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
                    FieldDefinition field = _named[i][j]!;
                    if (!CarryRule.MayEnter(flow, field))
                    {
                        _diagnostics.Add(ModelRules.FlowIntoOwner, reference.Span, null, flow.Id, field.Key, flow.To);
                    }
                    else if (!Holds(flow.From, field.Key))
                    {
                        _diagnostics.Add(ModelRules.FieldNotHeld, reference.Span, null, flow.Id, field.Key, flow.From, field.Owner);
                    }
                }

                foreach (FieldDefinition field in delivered)
                {
                    if (!seen.Add(field.Key))
                    {
                        continue;
                    }

                    carried.Add(field.Key);
                    if (field.Deprecated is not null)
                    {
                        _diagnostics.Add(ModelRules.DeprecatedFieldInFlow, reference.Span, null, flow.Id, field.Key, field.Deprecated);
                    }
                }
            }

            resolved.Add(flow with { Carried = carried.ToEquatableArray() });
        }

        return resolved;
    }

    /// <param name="inLoops">Deliveries already reported as part of a loop: a loop always has two writers into one system, and the loop is the root cause.</param>
    private void CheckCompetingWriters(List<FlowDefinition> flows, HashSet<string> inLoops)
    {
        // Each field's first writer into each system: by field, then a look through its few writers (string keys and
        // lists only: generic code a cold compiler shares, where a tuple key's is compiled anew).
        var firstWriters = new Dictionary<string, List<FlowDefinition>>(_fields.Count, StringComparer.Ordinal);
        foreach (FlowDefinition flow in flows)
        {
            foreach (string fieldKey in flow.Carried)
            {
                if (!firstWriters.TryGetValue(fieldKey, out List<FlowDefinition>? writers))
                {
                    firstWriters[fieldKey] = writers = new List<FlowDefinition>(1);
                }

                FlowDefinition? first = null;
                foreach (FlowDefinition writer in writers)
                {
                    if (writer.To == flow.To)
                    {
                        first = writer;
                        break;
                    }
                }

                if (first is null)
                {
                    writers.Add(flow);
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
    private HashSet<string> CheckLoops(List<FlowDefinition> flows)
    {
        var inLoops = new HashSet<string>(StringComparer.Ordinal);

        // Each field's flows, in the model's order: one pass over what the flows carry.
        var carriers = new Dictionary<string, List<FlowDefinition>>(_fields.Count, StringComparer.Ordinal);
        foreach (FlowDefinition flow in flows)
        {
            foreach (string key in flow.Carried)
            {
                if (!carriers.TryGetValue(key, out List<FlowDefinition>? list))
                {
                    carriers[key] = list = new List<FlowDefinition>();
                }

                list.Add(flow);
            }
        }

        foreach (FieldDefinition field in _fields.Values)
        {
            // Copies returning to the owner (targetIfBlank fills) are not loops: leave those edges out.
            if (!carriers.TryGetValue(field.Key, out List<FlowDefinition>? carrying))
            {
                continue; // no flow carries it: no loop
            }

            var edges = new List<FlowDefinition>(carrying.Count);
            foreach (FlowDefinition flow in carrying)
            {
                if (flow.To != field.Owner)
                {
                    edges.Add(flow);
                }
            }

            if (edges.Count < 2)
            {
                continue; // a loop needs two edges at least (a flow never goes to its own source)
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
}
