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
    public IEnumerable<FlowDefinition> FlowsCarrying(string fieldKey) => Flows.Where(f => f.Carries(fieldKey));

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
    }
}
