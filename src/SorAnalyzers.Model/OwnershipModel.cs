using System;
using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.Model;

/// <summary>
/// A read, validated and resolved ownership model: only its valid parts (broken ones are left out and
/// reported). Value-equatable, so it can flow through an incremental generator pipeline; lookups use
/// an index built on first use and excluded from equality.
/// </summary>
public sealed record OwnershipModel(
    string? Name,
    string? Version,
    string? Namespace,
    EquatableArray<SystemDefinition> Systems,
    EquatableArray<EntityDefinition> Entities,
    EquatableArray<FlowDefinition> Flows,
    EquatableArray<FieldHolding> Holdings)
{
    private Index? _index;

    private Index Lookup => _index ??= new Index(this);

    public SystemDefinition? FindSystem(string id) => Lookup.Systems.TryGetValue(id, out SystemDefinition? s) ? s : null;

    public FlowDefinition? FindFlow(string id) => Lookup.Flows.TryGetValue(id, out FlowDefinition? f) ? f : null;

    public EntityDefinition? FindEntity(string name) => Lookup.Entities.TryGetValue(name, out EntityDefinition? e) ? e : null;

    /// <summary>The field named by "Entity.Field", or null.</summary>
    public FieldDefinition? FindField(string key)
    {
        Index lookup = Lookup;
        return lookup.Ordinals.TryGetValue(key, out int ordinal) ? lookup.AllFields[ordinal] : null;
    }

    public FieldDefinition? FindField(string entity, string field) => FindField(entity + "." + field);

    public IEnumerable<FieldDefinition> AllFields => Entities.SelectMany(e => e.Fields);

    /// <summary>Every system that holds the field, the owner first, then in the order copies reach them.</summary>
    public IReadOnlyList<FieldHolding> HoldersOf(string fieldKey)
        => Lookup.Holders.TryGetValue(fieldKey, out List<FieldHolding>? list) ? list : Array.Empty<FieldHolding>();

    public bool Holds(string system, string fieldKey) => HoldingOf(system, fieldKey) is not null;

    /// <summary>A system as described when it owns something (<see cref="SystemDefinition.OwnerDescription"/>); the bare id if undeclared.</summary>
    public string DescribeOwner(string systemId) => FindSystem(systemId)?.OwnerDescription ?? systemId;

    public bool Owns(string system, string fieldKey) => FindField(fieldKey) is { } field && Owns(system, field);

    /// <summary>Whether <paramref name="system"/> owns <paramref name="field"/> (a field of this model, in hand: no lookup by key).</summary>
    public bool Owns(string system, FieldDefinition field) => field.Owner == system;

    /// <summary>Whether the model allows <paramref name="flow"/> to carry <paramref name="field"/> (see <see cref="Resolution.CarryRule"/>).</summary>
    public bool MayCarry(FlowDefinition flow, FieldDefinition field) => Resolution.CarryRule.MayCarry(flow, field, Holds);

    /// <summary>Flows that carry the field, in the order the model declares them.</summary>
    public IReadOnlyList<FlowDefinition> FlowsCarrying(string fieldKey)
        => Lookup.FlowsByField.TryGetValue(fieldKey, out List<FlowDefinition>? flows) ? flows : Array.Empty<FlowDefinition>();

    /// <summary>
    /// The fields <paramref name="flow"/> carries, grouped by entity: entities in the model's order, and
    /// each entity's fields in its order (the order the generated flow views follow). In time linear in
    /// what the flow carries, not in the model's size.
    /// </summary>
    public IReadOnlyList<KeyValuePair<EntityDefinition, IReadOnlyList<FieldDefinition>>> CarriedByEntity(FlowDefinition flow)
    {
        // Each carried field by its ordinal (fields numbered in the model's order, entity by entity), sorted:
        // loops and a sort of what the flow carries, no lookup per field of the entity. Plain ints and
        // reference types only: generic code over them is shared, not compiled anew in a cold compiler.
        Index lookup = Lookup;
        var ordinals = new List<int>(flow.Carried.Count);
        foreach (string key in flow.Carried)
        {
            if (lookup.Ordinals.TryGetValue(key, out int ordinal))
            {
                ordinals.Add(ordinal);
            }
        }

        ordinals.Sort();
        var result = new List<KeyValuePair<EntityDefinition, IReadOnlyList<FieldDefinition>>>();
        List<FieldDefinition>? fields = null;
        for (int i = 0; i < ordinals.Count; i++)
        {
            int ordinal = ordinals[i];
            if (i > 0 && ordinal == ordinals[i - 1])
            {
                continue; // a key carried twice is one field
            }

            int entity = lookup.EntityOf[ordinal];
            if (i == 0 || entity != lookup.EntityOf[ordinals[i - 1]])
            {
                fields = new List<FieldDefinition>();
                result.Add(new KeyValuePair<EntityDefinition, IReadOnlyList<FieldDefinition>>(Entities[entity], fields));
            }

            fields!.Add(lookup.AllFields[ordinal]);
        }

        return result;
    }

    /// <summary>The holding through which <paramref name="system"/> receives the field, if it does.</summary>
    public FieldHolding? HoldingOf(string system, string fieldKey)
    {
        if (Lookup.Holders.TryGetValue(fieldKey, out List<FieldHolding>? holders))
        {
            foreach (FieldHolding holding in holders)
            {
                if (holding.System == system)
                {
                    return holding;
                }
            }
        }

        return null;
    }

    /// <summary>The flow's <see cref="FlowDefinition.DirectionText"/>, made once per model.</summary>
    public string DirectionTextOf(FlowDefinition flow)
        => Lookup.DirectionTexts.TryGetValue(flow.Id, out string? text) && ReferenceEquals(FindFlow(flow.Id), flow) ? text : flow.DirectionText;

    /// <summary>"billing → crm (hourly, ownerWins); crm → cs (hourly, ownerWins)": the field's declared direction.</summary>
    public string DirectionOf(string fieldKey)
    {
        IReadOnlyList<FlowDefinition> flows = FlowsCarrying(fieldKey);
        if (flows.Count == 0)
        {
            return "no flow copies it";
        }

        // A flow's direction text is made once; a field that one flow carries (the common case) shares it.
        Dictionary<string, string> texts = Lookup.DirectionTexts;
        if (flows.Count == 1)
        {
            return texts[flows[0].Id];
        }

        var parts = new string[flows.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = texts[flows[i].Id];
        }

        return string.Join("; ", parts);
    }

    public bool Equals(OwnershipModel? other)
        => other is not null
            && Name == other.Name
            && Version == other.Version
            && Namespace == other.Namespace
            && Systems.Equals(other.Systems)
            && Entities.Equals(other.Entities)
            && Flows.Equals(other.Flows)
            && Holdings.Equals(other.Holdings);

    public override int GetHashCode()
    {
        unchecked
        {
            int hash = (Name?.GetHashCode() ?? 0) * 31 + (Namespace?.GetHashCode() ?? 0);
            hash = hash * 31 + Systems.GetHashCode();
            hash = hash * 31 + Entities.GetHashCode();
            return hash * 31 + Flows.GetHashCode();
        }
    }

    private sealed class Index
    {
        private readonly EquatableArray<FlowDefinition> _flows;
        private Dictionary<string, string>? _directionTexts;

        public Index(OwnershipModel model)
        {
            _flows = model.Flows;
            Systems = model.Systems.ToDictionary(s => s.Id, StringComparer.Ordinal);
            Flows = new Dictionary<string, FlowDefinition>(model.Flows.Count, StringComparer.Ordinal);
            foreach (FlowDefinition flow in model.Flows)
            {
                Flows.Add(flow.Id, flow);
            }

            Entities = new Dictionary<string, EntityDefinition>(model.Entities.Count, StringComparer.Ordinal);
            int fieldCount = 0;
            foreach (EntityDefinition entity in model.Entities)
            {
                Entities.Add(entity.Name, entity);
                fieldCount += entity.Fields.Count;
            }

            FlowsByField = new Dictionary<string, List<FlowDefinition>>(fieldCount, StringComparer.Ordinal);
            foreach (FlowDefinition flow in model.Flows)
            {
                foreach (string key in flow.Carried)
                {
                    if (!FlowsByField.TryGetValue(key, out List<FlowDefinition>? flows))
                    {
                        FlowsByField[key] = flows = new List<FlowDefinition>();
                    }

                    if (flows.Count == 0 || !ReferenceEquals(flows[flows.Count - 1], flow))
                    {
                        flows.Add(flow);
                    }
                }
            }

            Ordinals = new Dictionary<string, int>(fieldCount, StringComparer.Ordinal);
            AllFields = new FieldDefinition[fieldCount];
            EntityOf = new int[fieldCount];
            int next = 0;
            for (int e = 0; e < model.Entities.Count; e++)
            {
                foreach (FieldDefinition field in model.Entities[e].Fields)
                {
                    Ordinals.Add(field.Key, next);
                    AllFields[next] = field;
                    EntityOf[next] = e;
                    next++;
                }
            }

            Holders = new Dictionary<string, List<FieldHolding>>(fieldCount, StringComparer.Ordinal);
            foreach (FieldHolding holding in model.Holdings)
            {
                if (!Holders.TryGetValue(holding.FieldKey, out List<FieldHolding>? list))
                {
                    Holders[holding.FieldKey] = list = new List<FieldHolding>();
                }

                list.Add(holding);
            }
        }

        public Dictionary<string, SystemDefinition> Systems { get; }

        public Dictionary<string, FlowDefinition> Flows { get; }

        public Dictionary<string, EntityDefinition> Entities { get; }

        /// <summary>Each field's ordinal by key: fields are numbered in the model's order, entity by entity.</summary>
        public Dictionary<string, int> Ordinals { get; }

        /// <summary>The fields by ordinal.</summary>
        public FieldDefinition[] AllFields { get; }

        /// <summary>The index of each field's entity in the model, by the field's ordinal.</summary>
        public int[] EntityOf { get; }

        public Dictionary<string, List<FieldHolding>> Holders { get; }

        /// <summary>
        /// Each flow's <see cref="FlowDefinition.DirectionText"/> by id, all made on first use and published whole
        /// (the model is shared by the generator and the analyzers: a lookup never sees it half built).
        /// </summary>
        public Dictionary<string, string> DirectionTexts => _directionTexts ??= DirectionTextsOf(_flows);

        private static Dictionary<string, string> DirectionTextsOf(EquatableArray<FlowDefinition> flows)
        {
            var texts = new Dictionary<string, string>(flows.Count, StringComparer.Ordinal);
            foreach (FlowDefinition flow in flows)
            {
                texts[flow.Id] = flow.DirectionText;
            }

            return texts;
        }

        public Dictionary<string, List<FlowDefinition>> FlowsByField { get; }
    }
}
