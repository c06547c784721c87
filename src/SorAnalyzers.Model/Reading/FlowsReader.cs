using System;
using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Naming;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Reading;

/// <summary>
/// Reads the <c>flows</c> list: ids, endpoints, conflict rules and the field references as written.
/// What the references mean (holdings, wildcards, direction) is the <see cref="Resolution.HoldingResolver"/>'s job.
/// </summary>
internal sealed class FlowsReader
{
    private static readonly string[] Keys = { "id", "from", "to", "fields", "frequency", "conflict", "errorOwner", "impact", "description" };

    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _validSystems;
    private readonly SystemsReader _declared;
    private readonly Dictionary<string, EntityDefinition> _entities;
    private readonly Dictionary<string, FieldDefinition> _fields; // by key ("Account.Arr"): what a flow's entry names, found by its whole text
    private readonly HashSet<string> _brokenFields;

    public FlowsReader(DiagnosticBag diagnostics, SystemsReader systems, IEnumerable<EntityDefinition> entities, HashSet<string> brokenFields)
    {
        _diagnostics = diagnostics;
        _validSystems = new HashSet<string>(systems.Valid.Select(s => s.Id), StringComparer.Ordinal);
        _declared = systems;
        _entities = entities.ToDictionary(e => e.Name, StringComparer.Ordinal);
        _fields = new Dictionary<string, FieldDefinition>(_entities.Values.Sum(e => e.Fields.Count), StringComparer.Ordinal);
        foreach (EntityDefinition entity in _entities.Values)
        {
            foreach (FieldDefinition field in entity.Fields)
            {
                _fields.Add(field.Key, field);
            }
        }
        _brokenFields = brokenFields;
    }

    public List<FlowDefinition> Read(YamlSequence? flows)
    {
        var result = new List<FlowDefinition>();
        if (flows is null)
        {
            return result;
        }

        var ids = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        var names = new NameRegistry("Flow id", _diagnostics);
        foreach (YamlNode item in flows.Value)
        {
            FlowDefinition? flow = ReadFlow(item, ids, names);
            if (flow is not null)
            {
                result.Add(flow);
            }
        }

        return result;
    }

    private FlowDefinition? ReadFlow(YamlNode item, Dictionary<string, YamlScalar> ids, NameRegistry names)
    {
        if (!ModelSection.IsMapping(item, "A flow", _diagnostics, out YamlMapping mapping))
        {
            return null;
        }

        YamlScalar? written = null;
        foreach (YamlEntry entry in mapping)
        {
            if (entry.Key.Value == "id")
            {
                written = entry.Value.TryScalar(out YamlScalar scalar) ? scalar : null;
                break;
            }
        }

        var section = written is not { IsNull: false } named
            ? new ModelSection(mapping, "a flow", Keys, _diagnostics)
            : new ModelSection(mapping, "flow '", named.Value + "'", Keys, _diagnostics);
        YamlScalar? id = section.Scalar("id");
        bool valid = true;
        if (id is not { } declared)
        {
            _diagnostics.Add(ModelRules.MissingKey, mapping.Span.StartPoint, null, "A flow", "id");
            valid = false;
        }
        else if (ids.TryGetValue(declared.Value, out YamlScalar first))
        {
            _diagnostics.AddDuplicate(ModelRules.DuplicateFlowId, declared.Span, first.Span, declared.Value);
            return null;
        }
        else
        {
            ids.Add(declared.Value, declared);
            valid = names.TryAdd(declared);
        }

        string label = id?.Value ?? "(no id)";
        string? from = ReadEndpoint(section, "from", label, mapping.Span);
        string? to = ReadEndpoint(section, "to", label, mapping.Span);
        if (from is not null && from == to)
        {
            _diagnostics.Add(ModelRules.FlowToItself, section.Scalar("to")!.Value.Span, null, label, from);
            valid = false;
        }

        ConflictRule conflict = ReadConflict(section, label);
        YamlSequence? fieldsNode = section.Sequence("fields");
        if (fieldsNode is null && section.Node("fields") is null)
        {
            _diagnostics.Add(ModelRules.MissingKey, id?.Span ?? mapping.Span.StartPoint, null, $"Flow '{label}'", "fields");
        }

        List<FlowFieldReference> fields = ReadFieldReferences(fieldsNode, label);
        if (!valid || from is null || to is null)
        {
            return null;
        }

        return new FlowDefinition(
            id!.Value.Value,
            from,
            to,
            fields.ToEquatableArray(),
            section.Text("frequency"),
            conflict,
            section.Text("errorOwner"),
            section.Text("impact"),
            section.Text("description"),
            id.Value.Span,
            fieldsNode?.Span ?? id.Value.Span);
    }

    private string? ReadEndpoint(ModelSection section, string key, string flow, ModelSpan flowSpan)
    {
        if (section.Scalar(key) is not { } system)
        {
            if (section.Node(key) is null)
            {
                _diagnostics.Add(ModelRules.MissingKey, section.Key("id")?.Span ?? flowSpan.StartPoint, null, $"Flow '{flow}'", key);
            }

            return null;
        }

        if (_validSystems.Contains(system.Value))
        {
            return system.Value;
        }

        if (!_declared.IsDeclared(system.Value))
        {
            string? nearest = NearestName.Find(system.Value, _declared.KnownIds);
            _diagnostics.Add(ModelRules.UnknownFlowSystem, system.Span, nearest, flow, key, system.Value, NearestName.Hint(nearest));
        }

        return null;
    }

    private ConflictRule ReadConflict(ModelSection section, string flow)
    {
        if (section.Scalar("conflict") is not { } conflict)
        {
            return ConflictRule.OwnerWins;
        }

        if (ConflictRuleNames.TryParse(conflict.Value, out ConflictRule rule))
        {
            return rule;
        }

        string? nearest = NearestName.Find(conflict.Value, ConflictRuleNames.All);
        _diagnostics.Add(ModelRules.UnknownConflictRule, conflict.Span, nearest, flow, conflict.Value, NearestName.Hint(nearest));
        return ConflictRule.OwnerWins;
    }

    private List<FlowFieldReference> ReadFieldReferences(YamlSequence? fieldsNode, string flow)
    {
        var references = new List<FlowFieldReference>();
        HashSet<string>? seen = null; // the entries' texts, once there are many (a look through the few before)
        int count = fieldsNode?.Count ?? 0;
        for (int i = 0; i < count; i++)
        {
            YamlNode item = fieldsNode!.Value[i];
            if (!item.TryScalar(out YamlScalar text) || text.IsNull)
            {
                _diagnostics.Add(ModelRules.WrongNodeKind, item.Span, null, $"An entry of 'fields' of flow '{flow}'", "'Entity.Field' or 'Entity.*'", item.KindName);
                continue;
            }

            int dot = text.Value.IndexOf('.');
            if (dot <= 0 || dot == text.Value.Length - 1 || text.Value.IndexOf('.', dot + 1) >= 0)
            {
                _diagnostics.Add(ModelRules.InvalidValue, text.Span, null, text.Value, "fields", "write 'Entity.Field' or 'Entity.*'");
                continue;
            }

            if (_fields.TryGetValue(text.Value, out FieldDefinition? field))
            {
                AddOnce(references, ref seen, field.Entity, field.Name, text);
                continue;
            }

            string entityName = text.Value.Substring(0, dot);
            string fieldName = text.Value.Substring(dot + 1);
            if (!_entities.TryGetValue(entityName, out EntityDefinition? entity))
            {
                if (!_brokenFields.Any(k => k.StartsWith(entityName + ".", StringComparison.Ordinal)))
                {
                    string? nearest = NearestName.Find(entityName, _entities.Keys);
                    _diagnostics.Add(ModelRules.UnknownFlowField, text.Span, nearest is null ? null : nearest + "." + fieldName,
                        flow, text.Value, $"there is no entity '{entityName}'", NearestName.Hint(nearest));
                }

                continue;
            }

            FieldDefinition? named = fieldName == "*" ? null : entity.FindField(fieldName);
            if (fieldName != "*" && named is null)
            {
                if (!_brokenFields.Contains(text.Value))
                {
                    string? nearest = NearestName.Find(fieldName, entity.Fields.Select(f => f.Name));
                    _diagnostics.Add(ModelRules.UnknownFlowField, text.Span, nearest is null ? null : entityName + "." + nearest,
                        flow, text.Value, $"entity {entityName} has no field '{fieldName}'", NearestName.Hint(nearest));
                }

                continue;
            }

            AddOnce(references, ref seen, entity.Name, named?.Name ?? "*", text);
        }

        return references;
    }

    private const int FewReferences = 8;

    /// <summary>Adds the entry unless the flow already names the same text.</summary>
    /// <param name="entity">The model's own strings for the names (equal to the text's): the entry keeps no copy of its own.</param>
    private static void AddOnce(List<FlowFieldReference> references, ref HashSet<string>? seen, string entity, string field, YamlScalar text)
    {
        if (seen is null && references.Count >= FewReferences)
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (FlowFieldReference known in references)
            {
                seen.Add(known.Text);
            }
        }

        if (seen is not null ? !seen.Add(text.Value) : IsNamed(references, entity, field))
        {
            return;
        }

        references.Add(new FlowFieldReference(entity, field, text.Span));
    }

    private static bool IsNamed(List<FlowFieldReference> references, string entity, string field)
    {
        foreach (FlowFieldReference known in references)
        {
            if (known.Entity == entity && known.Field == field)
            {
                return true;
            }
        }

        return false;
    }
}
