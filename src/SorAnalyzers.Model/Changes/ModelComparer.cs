using System;
using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Changes;

/// <summary>
/// Compares two versions of a model and classifies every difference (docs/model-changes.md):
/// <list type="bullet">
/// <item>breaking: an owner changed; a system, entity, field, enum value or copy removed; a type changed; a field
/// dropped from a flow; a flow's source or target changed; <c>pii</c> true → false; a conflict rule made weaker;
/// the namespace changed;</item>
/// <item>warning: a conflict rule made stronger, an error owner changed or removed, a frequency changed or
/// removed, a system's owners changed, a field newly deprecated, required or immutable changed, readOnly changed;</item>
/// <item>info: additions, descriptions, titles, impact, names and versions.</item>
/// </list>
/// Changes come in a fixed order (top level, systems, entities and fields, flows, copies), each in model order.
/// </summary>
public sealed class ModelComparer
{
    private readonly OwnershipModel _old;
    private readonly OwnershipModel _new;
    private readonly GeneratedMembers _oldMembers;
    private readonly GeneratedMembers _newMembers;
    private readonly List<ModelChange> _changes = new();

    private ModelComparer(OwnershipModel oldModel, OwnershipModel newModel)
    {
        _old = oldModel;
        _new = newModel;
        _oldMembers = new GeneratedMembers(oldModel);
        _newMembers = new GeneratedMembers(newModel);
    }

    public static IReadOnlyList<ModelChange> Compare(OwnershipModel oldModel, OwnershipModel newModel)
    {
        var comparer = new ModelComparer(oldModel, newModel);
        comparer.CompareTop();
        comparer.CompareSystems();
        comparer.CompareEntities();
        comparer.CompareFlows();
        comparer.CompareCopies();
        return comparer._changes;
    }

    private void CompareTop()
    {
        if (_old.Namespace != _new.Namespace)
        {
            Add(ChangeSeverity.Breaking, "namespace-changed", "namespace",
                $"The namespace changed: {Show(_old.Namespace)} → {Show(_new.Namespace)}", null,
                new[] { new AffectedMember("every generated type", "moves to the new namespace") },
                "every 'using' of the old namespace and every fully qualified name stops compiling");
        }

        if (_old.Name != _new.Name)
        {
            Add(ChangeSeverity.Info, "name-changed", "name", $"The model's name changed: {Show(_old.Name)} → {Show(_new.Name)}", null);
        }

        if (_old.Version != _new.Version)
        {
            Add(ChangeSeverity.Info, "version-changed", "version", $"The version changed: {Show(_old.Version)} → {Show(_new.Version)}", null);
        }
    }

    private void CompareSystems()
    {
        foreach (SystemDefinition before in _old.Systems)
        {
            if (_new.FindSystem(before.Id) is not SystemDefinition after)
            {
                Add(ChangeSeverity.Breaking, "system-removed", before.Id, $"System {before.Id} was removed", null,
                    _oldMembers.OfSystem(before).Select(m => new AffectedMember(m, "removed")),
                    $"[SorSystem(\"{before.Id}\")] becomes SOR0105 (unknown system)");
                continue;
            }

            ModelSpan at = after.Span;
            Owner(before.Id, "business owner", before.BusinessOwner, after.BusinessOwner, at);
            Owner(before.Id, "technical owner", before.TechnicalOwner, after.TechnicalOwner, at);
            if (before.ReadOnly != after.ReadOnly)
            {
                Add(ChangeSeverity.Warning, "system-read-only-changed", before.Id,
                    after.ReadOnly ? $"System {before.Id} is now read-only (a reporting layer that owns nothing)" : $"System {before.Id} is no longer read-only", at);
            }

            Text(ChangeSeverity.Info, "system-title-changed", before.Id, $"The title of system {before.Id}", before.Title, after.Title, at);
            Text(ChangeSeverity.Info, "system-description-changed", before.Id, $"The description of system {before.Id}", before.Description, after.Description, at);
        }

        foreach (SystemDefinition added in _new.Systems.Where(s => _old.FindSystem(s.Id) is null))
        {
            Add(ChangeSeverity.Info, "system-added", added.Id, $"System {added.DisplayName} was added", added.Span,
                _newMembers.OfSystem(added).Select(m => new AffectedMember(m, "added")));
        }
    }

    private void Owner(string system, string role, string? before, string? after, ModelSpan at)
    {
        if (before == after)
        {
            return;
        }

        Add(ChangeSeverity.Warning, "system-owner-changed", system,
            after is null ? $"The {role} of system {system} was removed (was {before})" : $"The {role} of system {system} changed: {Show(before)} → {after}", at);
    }

    private void CompareEntities()
    {
        foreach (EntityDefinition before in _old.Entities)
        {
            if (_new.FindEntity(before.Name) is not EntityDefinition after)
            {
                Add(ChangeSeverity.Breaking, "entity-removed", before.Name, $"Entity {before.Name} was removed", null,
                    _oldMembers.OfEntity(before).Select(m => new AffectedMember(m, "removed")),
                    $"every use of its fields stops compiling; constant keys \"{before.Name}.…\" become SOR0109");
                continue;
            }

            Text(ChangeSeverity.Info, "entity-description-changed", before.Name, $"The description of entity {before.Name}", before.Description, after.Description, after.Span);
            foreach (FieldDefinition field in before.Fields)
            {
                if (after.FindField(field.Name) is FieldDefinition kept)
                {
                    CompareField(field, kept);
                }
                else
                {
                    Add(ChangeSeverity.Breaking, "field-removed", field.Key, $"Field {field.Key} was removed", after.Span,
                        _oldMembers.OfField(field).Select(m => new AffectedMember(m, "removed")),
                        $"every use stops compiling; the constant key \"{field.Key}\" becomes SOR0109");
                }
            }

            foreach (FieldDefinition added in after.Fields.Where(f => before.FindField(f.Name) is null))
            {
                Add(ChangeSeverity.Info, "field-added", added.Key, $"Field {added.Key} ({FieldTypes.Name(added.Type)}, owned by {added.Owner}) was added", added.Span,
                    _newMembers.OfField(added).Select(m => new AffectedMember(m, "added")));
            }
        }

        foreach (EntityDefinition added in _new.Entities.Where(e => _old.FindEntity(e.Name) is null))
        {
            Add(ChangeSeverity.Info, "entity-added", added.Name, $"Entity {added.Name} was added with {added.Fields.Count} field(s)", added.Span,
                _newMembers.OfEntity(added).Select(m => new AffectedMember(m, "added")));
        }
    }

    private void CompareField(FieldDefinition before, FieldDefinition after)
    {
        string key = before.Key;
        ModelSpan at = after.Span;
        if (before.Owner != after.Owner)
        {
            var affected = new List<AffectedMember> { new(_newMembers.Descriptor(after), $"Owner \"{before.Owner}\" → \"{after.Owner}\"") };
            if (_oldMembers.SystemViewProperty(before.Owner, before) is string oldSetter)
            {
                affected.Add(new AffectedMember(oldSetter, _newMembers.SystemViewProperty(before.Owner, after) is null ? "removed" : "setter removed"));
            }

            if (_newMembers.SystemViewProperty(after.Owner, after) is string newSetter)
            {
                affected.Add(new AffectedMember(newSetter, _oldMembers.SystemViewProperty(after.Owner, before) is null ? "added, with a setter" : "setter added"));
            }

            Add(ChangeSeverity.Breaking, "field-owner-changed", key, $"The owner of {key} changed: {before.Owner} → {after.Owner}", at, affected,
                $"writes of {key} in [SorSystem(\"{before.Owner}\")] code become SOR0101; integrations that copy it must now copy it from {after.Owner}");
        }

        if (before.Type != after.Type)
        {
            Add(ChangeSeverity.Breaking, "field-type-changed", key, $"The type of {key} changed: {FieldTypes.Name(before.Type)} → {FieldTypes.Name(after.Type)}", at,
                _newMembers.OfField(after).Select(m => new AffectedMember(m, $"{FieldTypes.Name(before.Type)} → {FieldTypes.Name(after.Type)}")),
                "every read and write of the field must be checked against the new type");
        }
        else if (before.Type == FieldType.Enum)
        {
            foreach (string value in before.EnumValues.Where(v => !after.EnumValues.Contains(v)))
            {
                Add(ChangeSeverity.Breaking, "enum-value-removed", key, $"The value {value} of {key} was removed", at,
                    new[] { new AffectedMember($"{_oldMembers.Names.EnumType(key)}.{_oldMembers.Names.EnumMember(key, value)}", "removed") },
                    "code that uses the value stops compiling; stored records holding it no longer match the model");
            }

            foreach (string value in after.EnumValues.Where(v => !before.EnumValues.Contains(v)))
            {
                Add(ChangeSeverity.Info, "enum-value-added", key, $"The value {value} was added to {key}", at,
                    new[] { new AffectedMember($"{_newMembers.Names.EnumType(key)}.{_newMembers.Names.EnumMember(key, value)}", "added") });
            }
        }

        if (before.Pii && !after.Pii)
        {
            Add(ChangeSeverity.Breaking, "pii-removed", key, $"{key} is no longer marked pii", at,
                new[] { new AffectedMember(_newMembers.Descriptor(after), "Pii true → false") },
                "code that masks, encrypts or withholds values by SorField.Pii stops protecting it");
        }
        else if (!before.Pii && after.Pii)
        {
            Add(ChangeSeverity.Info, "pii-added", key, $"{key} is now marked pii", at,
                new[] { new AffectedMember(_newMembers.Descriptor(after), "Pii false → true") });
        }

        Flag("required", key, before.Required, after.Required, at);
        Flag("immutable", key, before.Immutable, after.Immutable, at);
        if (before.Deprecated is null && after.Deprecated is not null)
        {
            Add(ChangeSeverity.Warning, "field-deprecated", key, $"{key} is now deprecated: {after.Deprecated}", at,
                _newMembers.OfField(after).Take(1).Select(m => new AffectedMember(m, "[Obsolete]")),
                "every use warns (CS0618, SOR0108): a build with warnings as errors fails");
        }
        else if (before.Deprecated is not null && after.Deprecated is null)
        {
            Add(ChangeSeverity.Info, "field-undeprecated", key, $"{key} is no longer deprecated", at);
        }
        else
        {
            Text(ChangeSeverity.Info, "field-deprecation-changed", key, $"The deprecation message of {key}", before.Deprecated, after.Deprecated, at);
        }

        Text(ChangeSeverity.Info, "field-description-changed", key, $"The description of {key}", before.Description, after.Description, at);
        Names(key, before, after, at);
    }

    /// <summary>A system's own name for a field (<c>names:</c>) changed: the members and bag keys of types bound to it map differently.</summary>
    private void Names(string key, FieldDefinition before, FieldDefinition after, ModelSpan at)
    {
        foreach (string system in before.Names.Concat(after.Names).Select(n => n.System).Distinct())
        {
            string? was = before.NameIn(system);
            string? now = after.NameIn(system);
            if (was != now)
            {
                Add(ChangeSeverity.Warning, "field-name-changed", key, $"{system}'s name for {key} changed: {Show(was)} → {Show(now)}", at, null,
                    $"members and bag keys of types bound to {system} map by {Show(now ?? after.Name)}: a write through {Show(was ?? before.Name)} is no longer checked as {key}");
            }
        }
    }

    private void Flag(string flag, string key, bool before, bool after, ModelSpan at)
    {
        if (before != after)
        {
            Add(ChangeSeverity.Warning, $"field-{flag}-changed", key, after ? $"{key} is now {flag}" : $"{key} is no longer {flag}", at);
        }
    }

    private void CompareFlows()
    {
        foreach (FlowDefinition before in _old.Flows)
        {
            if (_new.FindFlow(before.Id) is not FlowDefinition after)
            {
                Add(ChangeSeverity.Breaking, "flow-removed", before.Id, $"Flow {before.Id} ({before.From} → {before.To}) was removed", null,
                    _oldMembers.OfFlow(before).Select(m => new AffectedMember(m, "removed")),
                    $"[SorFlow(\"{before.Id}\")] becomes SOR0106 (unknown flow); the integration has no declared direction");
                continue;
            }

            CompareFlow(before, after);
        }

        foreach (FlowDefinition added in _new.Flows.Where(f => _old.FindFlow(f.Id) is null))
        {
            Add(ChangeSeverity.Info, "flow-added", added.Id, $"Flow {added.Id} was added: {added.DirectionText}, {added.Carried.Count} field(s)", added.Span,
                _newMembers.OfFlow(added).Select(m => new AffectedMember(m, "added")));
        }
    }

    private void CompareFlow(FlowDefinition before, FlowDefinition after)
    {
        string id = before.Id;
        ModelSpan at = after.Span;
        if (before.From != after.From || before.To != after.To)
        {
            Add(ChangeSeverity.Breaking, "flow-direction-changed", id, $"Flow {id} now runs {after.From} → {after.To} (was {before.From} → {before.To})", at,
                _newMembers.OfFlow(after).Select(m => new AffectedMember(m, $"now writes into {after.To}")),
                $"code in [SorFlow(\"{id}\")] now writes into {after.To}: its writes are checked against the new direction");
        }

        foreach (string key in before.Carried.Where(k => !after.Carries(k)))
        {
            FieldDefinition field = _old.FindField(key)!;
            string? property = _oldMembers.FlowViewProperty(id, field);
            Add(ChangeSeverity.Breaking, "flow-field-dropped", $"{id}: {key}", $"Flow {id} no longer carries {key}", after.FieldsSpan,
                property is null ? Array.Empty<AffectedMember>() : new[] { new AffectedMember(property, "removed") },
                $"writes of {key} in [SorFlow(\"{id}\")] code become SOR0102; {after.To} stops receiving it through {id}");
        }

        foreach (string key in after.Carried.Where(k => !before.Carries(k)))
        {
            FieldDefinition field = _new.FindField(key)!;
            string? property = _newMembers.FlowViewProperty(id, field);
            Add(ChangeSeverity.Info, "flow-field-added", $"{id}: {key}", $"Flow {id} now carries {key}", after.FieldsSpan,
                property is null ? Array.Empty<AffectedMember>() : new[] { new AffectedMember(property, "added") });
        }

        if (before.Conflict != after.Conflict)
        {
            bool weaker = ConflictRuleStrength.Of(after.Conflict) < ConflictRuleStrength.Of(before.Conflict);
            string message = $"The conflict rule of {id} changed: {ConflictRuleNames.Of(before.Conflict)} → {ConflictRuleNames.Of(after.Conflict)}";
            Add(weaker ? ChangeSeverity.Breaking : ChangeSeverity.Warning, weaker ? "conflict-weakened" : "conflict-changed", id,
                weaker ? message + $": {after.To} now keeps its own value where the owner's used to win" : message, at,
                _newMembers.OfFlow(after).Skip(1).Select(m => new AffectedMember(m, ConflictRuleNames.Of(after.Conflict))),
                weaker ? $"the code of [SorFlow(\"{id}\")] must stop overwriting values in {after.To} that the new rule keeps" : null);
        }

        if (before.ErrorOwner != after.ErrorOwner)
        {
            Add(before.ErrorOwner is null ? ChangeSeverity.Info : ChangeSeverity.Warning,
                before.ErrorOwner is null ? "error-owner-added" : "error-owner-changed", id,
                after.ErrorOwner is null ? $"The error owner of {id} was removed (was {before.ErrorOwner}): nobody answers for its failures"
                    : $"The error owner of {id} changed: {Show(before.ErrorOwner)} → {after.ErrorOwner}", at);
        }

        if (before.Frequency != after.Frequency)
        {
            Add(before.Frequency is null ? ChangeSeverity.Info : ChangeSeverity.Warning,
                before.Frequency is null ? "frequency-added" : "frequency-changed", id,
                after.Frequency is null ? $"The frequency of {id} was removed (was {before.Frequency})"
                    : $"The frequency of {id} changed: {Show(before.Frequency)} → {after.Frequency}", at);
        }

        Text(ChangeSeverity.Info, "flow-impact-changed", id, $"The impact of {id}", before.Impact, after.Impact, at);
        Text(ChangeSeverity.Info, "flow-description-changed", id, $"The description of {id}", before.Description, after.Description, at);
    }

    /// <summary>
    /// Copies a system gains or loses, whatever the cause (a flow dropped, a relay cut upstream, a wildcard
    /// that no longer matches): a lost copy removes a view property. Removed fields and systems are already reported.
    /// </summary>
    private void CompareCopies()
    {
        foreach (FieldDefinition field in _old.AllFields)
        {
            if (_new.FindField(field.Key) is not FieldDefinition after)
            {
                continue;
            }

            foreach (FieldHolding holding in _old.HoldersOf(field.Key).Where(h => !h.IsOwner && _new.FindSystem(h.System) is not null))
            {
                if (!_new.Holds(holding.System, field.Key))
                {
                    string? property = _oldMembers.SystemViewProperty(holding.System, field);
                    Add(ChangeSeverity.Breaking, "copy-removed", $"{holding.System}: {field.Key}", $"{holding.System} no longer holds a copy of {field.Key} (it came through {holding.ViaFlow})", after.Span,
                        property is null ? Array.Empty<AffectedMember>() : new[] { new AffectedMember(property, "removed") },
                        $"code that reads {field.Key} through {holding.System}'s view stops compiling; the copy in {holding.System} goes stale");
                }
            }

            foreach (FieldHolding holding in _new.HoldersOf(field.Key).Where(h => !h.IsOwner && !_old.Holds(h.System, field.Key) && _old.FindSystem(h.System) is not null))
            {
                string? property = _newMembers.SystemViewProperty(holding.System, after);
                Add(ChangeSeverity.Info, "copy-added", $"{holding.System}: {field.Key}", $"{holding.System} now holds a copy of {field.Key} (through {holding.ViaFlow})", after.Span,
                    property is null ? Array.Empty<AffectedMember>() : new[] { new AffectedMember(property, "added, read-only") });
            }
        }
    }

    private void Text(ChangeSeverity severity, string kind, string subject, string what, string? before, string? after, ModelSpan at)
    {
        if (before == after)
        {
            return;
        }

        string message = before is null ? $"{what} was added" : after is null ? $"{what} was removed" : $"{what} changed";
        Add(severity, kind, subject, message, at);
    }

    private void Add(ChangeSeverity severity, string kind, string subject, string message, ModelSpan? at, IEnumerable<AffectedMember>? affected = null, string? code = null)
        => _changes.Add(new ModelChange(severity, kind, subject, message, at, (affected ?? Array.Empty<AffectedMember>()).ToList(), code));

    private static string Show(string? value) => value is null ? "(none)" : value;
}
