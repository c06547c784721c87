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
    public FieldDefinition? FindField(string key) => Lookup.Fields.TryGetValue(key, out FieldDefinition? f) ? f : null;

    public FieldDefinition? FindField(string entity, string field) => FindField(entity + "." + field);

    public IEnumerable<FieldDefinition> AllFields => Entities.SelectMany(e => e.Fields);

    /// <summary>Every system that holds the field, the owner first, then in the order copies reach them.</summary>
    public IReadOnlyList<FieldHolding> HoldersOf(string fieldKey)
        => Lookup.Holders.TryGetValue(fieldKey, out List<FieldHolding>? list) ? list : Array.Empty<FieldHolding>();

    public bool Holds(string system, string fieldKey) => HoldersOf(fieldKey).Any(h => h.System == system);

    /// <summary>A system as described when it owns something (<see cref="SystemDefinition.OwnerDescription"/>); the bare id if undeclared.</summary>
    public string DescribeOwner(string systemId) => FindSystem(systemId)?.OwnerDescription ?? systemId;

    public bool Owns(string system, string fieldKey) => FindField(fieldKey)?.Owner == system;

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
        var carried = new HashSet<string>(flow.Carried, StringComparer.Ordinal);
        var entities = new List<EntityDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string key in flow.Carried)
        {
            if (FindField(key) is { } field && FindEntity(field.Entity) is { } entity && seen.Add(entity.Name))
            {
                entities.Add(entity);
            }
        }

        return entities
            .OrderBy(e => Lookup.EntityOrder[e.Name])
            .Select(e => new KeyValuePair<EntityDefinition, IReadOnlyList<FieldDefinition>>(e, e.Fields.Where(f => carried.Contains(f.Key)).ToList()))
            .ToList();
    }

    /// <summary>The holding through which <paramref name="system"/> receives the field, if it does.</summary>
    public FieldHolding? HoldingOf(string system, string fieldKey) => HoldersOf(fieldKey).FirstOrDefault(h => h.System == system);

    /// <summary>"billing → crm (hourly, ownerWins); crm → cs (hourly, ownerWins)": the field's declared direction.</summary>
    public string DirectionOf(string fieldKey)
    {
        string text = string.Join("; ", FlowsCarrying(fieldKey).Select(f => f.DirectionText));
        return text.Length == 0 ? "no flow copies it" : text;
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
        public Index(OwnershipModel model)
        {
            Systems = model.Systems.ToDictionary(s => s.Id, StringComparer.Ordinal);
            Flows = model.Flows.ToDictionary(f => f.Id, StringComparer.Ordinal);
            Entities = model.Entities.ToDictionary(e => e.Name, StringComparer.Ordinal);
            EntityOrder = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < model.Entities.Count; i++)
            {
                EntityOrder[model.Entities[i].Name] = i;
            }

            FlowsByField = new Dictionary<string, List<FlowDefinition>>(StringComparer.Ordinal);
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

            Fields = model.Entities.SelectMany(e => e.Fields).ToDictionary(f => f.Key, StringComparer.Ordinal);
            Holders = new Dictionary<string, List<FieldHolding>>(StringComparer.Ordinal);
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

        public Dictionary<string, FieldDefinition> Fields { get; }

        public Dictionary<string, List<FieldHolding>> Holders { get; }

        public Dictionary<string, int> EntityOrder { get; }

        public Dictionary<string, List<FlowDefinition>> FlowsByField { get; }
    }
}
