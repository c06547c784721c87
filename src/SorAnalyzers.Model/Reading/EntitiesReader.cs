using System;
using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Model.Reading;

/// <summary>Reads the <c>entities</c> map: each entity, its fields, their types and owners.</summary>
internal sealed class EntitiesReader
{
    private static readonly string[] EntityKeys = { "description", "fields" };
    private static readonly string[] FieldKeys = { "type", "owner", "description", "pii", "required", "immutable", "deprecated", "values", "names" };

    private static readonly Dictionary<string, FieldType> Types = new(StringComparer.Ordinal)
    {
        ["string"] = FieldType.String,
        ["int"] = FieldType.Int,
        ["long"] = FieldType.Long,
        ["decimal"] = FieldType.Decimal,
        ["double"] = FieldType.Double,
        ["bool"] = FieldType.Bool,
        ["date"] = FieldType.Date,
        ["datetime"] = FieldType.DateTime,
        ["guid"] = FieldType.Guid,
        ["enum"] = FieldType.Enum,
    };

    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, SystemDefinition> _systems;
    private readonly SystemsReader _declared;

    // Made once and cleared for each entity or enum field: a big model has thousands of each.
    private readonly NameRegistry _fieldNames;
    private readonly NameRegistry _enumValueNames;
    private readonly Dictionary<string, YamlScalar> _enumValuesSeen = new(StringComparer.Ordinal);
    private readonly List<string> _enumValues = new();
    private readonly List<FieldDefinition> _fields = new();

    public EntitiesReader(DiagnosticBag diagnostics, SystemsReader systems)
    {
        _diagnostics = diagnostics;
        _fieldNames = new NameRegistry("Field name", diagnostics, isKeyPart: true);
        _enumValueNames = new NameRegistry("Enum value", diagnostics);
        _systems = systems.Valid.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _declared = systems;
    }

    /// <summary>Fields that are declared but broken: flows naming them are not told they are "unknown".</summary>
    public HashSet<string> BrokenFields { get; } = new(StringComparer.Ordinal);

    public List<EntityDefinition> Read(YamlMapping? entities)
    {
        var result = new List<EntityDefinition>();
        if (entities is null)
        {
            return result;
        }

        var names = new NameRegistry("Entity", _diagnostics, isKeyPart: true);
        foreach (YamlEntry entry in entities.Value)
        {
            YamlScalar name = entry.Key;
            bool validName = names.TryAdd(name);
            if (!ModelSection.IsMapping(entry.Value, $"Entity '{name.Value}'", _diagnostics, out YamlMapping mapping))
            {
                continue;
            }

            var section = new ModelSection(mapping, $"entity '{name.Value}'", EntityKeys, _diagnostics);
            YamlMapping? fieldsNode = section.Mapping("fields");
            if (fieldsNode is null && section.Node("fields") is null)
            {
                _diagnostics.Add(ModelRules.MissingKey, name.Span, null, $"Entity '{name.Value}'", "fields");
            }

            List<FieldDefinition> fields = ReadFields(name.Value, fieldsNode);
            CheckNamesUnique(fields);
            if (!validName)
            {
                foreach (FieldDefinition field in fields)
                {
                    BrokenFields.Add(field.Key);
                }

                continue;
            }

            result.Add(new EntityDefinition(name.Value, section.Text("description"), fields.ToEquatableArray(), name.Span));
        }

        return result;
    }

    /// <summary>The entity's valid fields, in a list the next entity reuses (read it before then).</summary>
    private List<FieldDefinition> ReadFields(string entity, YamlMapping? fieldsNode)
    {
        List<FieldDefinition> fields = _fields;
        fields.Clear();
        if (fieldsNode is null)
        {
            return fields;
        }

        NameRegistry names = _fieldNames.Restart($"Field name in entity '{entity}'");
        foreach (YamlEntry entry in fieldsNode.Value)
        {
            string key = entity + "." + entry.Key.Value;
            FieldDefinition? field = ReadField(entity, key, entry.Key, entry.Value, names);
            if (field is null)
            {
                BrokenFields.Add(key);
            }
            else
            {
                fields.Add(field);
            }
        }

        return fields;
    }

    private FieldDefinition? ReadField(string entity, string key, YamlScalar name, YamlNode node, NameRegistry names)
    {
        bool valid = names.TryAdd(name);
        if (!node.TryMapping(out YamlMapping mapping))
        {
            ModelSection.IsMapping(node, $"Field {key}", _diagnostics, out _); // reports
            return null;
        }

        var section = new ModelSection(mapping, "field ", key, FieldKeys, _diagnostics);
        FieldType? type = ReadType(key, name, section);
        EquatableArray<string> values = ReadValues(key, type, section, ref valid);
        string? owner = ReadOwner(key, name, section);
        string? deprecated = ReadDeprecated(section);
        EquatableArray<FieldSystemName> systemNames = ReadNames(key, section);
        if (!valid || type is null || owner is null)
        {
            return null;
        }

        return new FieldDefinition(
            entity,
            name.Value,
            type.Value,
            values,
            owner,
            section.Text("description"),
            section.Flag("pii"),
            section.Flag("required"),
            section.Flag("immutable"),
            deprecated,
            name.Span)
        {
            Names = systemNames,
        };
    }

    /// <summary>
    /// <c>names: { billing: metadata.arr, crm: AnnualRevenue }</c>: each system's own name for the field.
    /// Whether each system holds the field is checked once holdings are resolved (<see cref="Resolution.FieldNamesCheck"/>).
    /// </summary>
    private EquatableArray<FieldSystemName> ReadNames(string key, ModelSection section)
    {
        if (section.Mapping("names") is not { } namesNode)
        {
            return EquatableArray<FieldSystemName>.Empty;
        }

        var result = new List<FieldSystemName>();
        foreach (YamlEntry entry in namesNode)
        {
            YamlScalar system = entry.Key;
            if (!_declared.IsDeclared(system.Value))
            {
                string? nearest = NearestName.Find(system.Value, _declared.KnownIds);
                _diagnostics.Add(ModelRules.UnknownNameSystem, system.Span, nearest, key, system.Value, NearestName.Hint(nearest));
                continue;
            }

            if (!entry.Value.TryScalar(out YamlScalar value))
            {
                _diagnostics.Add(ModelRules.WrongNodeKind, entry.Value.Span, null, $"The name of {key} in {system.Value}", "a single value", entry.Value.KindName);
                continue;
            }

            string? problem = FieldNameProblem(value);
            if (problem is not null)
            {
                _diagnostics.Add(ModelRules.InvalidSystemName, value.Span, null, value.IsNull ? "" : value.Value, key, system.Value, problem);
                continue;
            }

            if (_systems.ContainsKey(system.Value))
            {
                result.Add(new FieldSystemName(system.Value, value.Value, value.Span));
            }
        }

        return result.ToEquatableArray();
    }

    private static string? FieldNameProblem(YamlScalar value)
    {
        if (value.IsNull || value.Value.Trim().Length == 0)
        {
            return "a name cannot be empty";
        }

        if (value.Value.Trim().Length != value.Value.Length)
        {
            return "a name cannot start or end with a space";
        }

        int dot = value.Value.IndexOf('.');
        if (dot == 0 || dot == value.Value.Length - 1)
        {
            return "a dotted name is 'member.key', the key of a bag member: both parts are needed";
        }

        return null;
    }

    /// <summary>Two fields of one entity that one system calls by the same name (compared as bindings match it: ignoring case).</summary>
    private void CheckNamesUnique(List<FieldDefinition> fields)
    {
        Dictionary<(string System, string Name), FieldDefinition>? seen = null; // made at the first field with names
        foreach (FieldDefinition field in fields)
        {
            if (field.Names.Count == 0)
            {
                continue;
            }

            seen ??= new Dictionary<(string System, string Name), FieldDefinition>();
            foreach (FieldSystemName name in field.Names)
            {
                var slot = (name.System, name.Name.ToUpperInvariant());
                if (seen.TryGetValue(slot, out FieldDefinition? first))
                {
                    _diagnostics.AddDuplicate(ModelRules.DuplicateSystemName, name.Span, first.Names.First(n => n.System == name.System).Span, first.Key, field.Key, name.Name, name.System);
                }
                else
                {
                    seen.Add(slot, field);
                }
            }
        }
    }

    private FieldType? ReadType(string key, YamlScalar name, ModelSection section)
    {
        if (section.Scalar("type") is not { } typeNode)
        {
            if (section.Node("type") is null)
            {
                _diagnostics.Add(ModelRules.MissingKey, name.Span, null, $"Field {key}", "type");
            }

            return null;
        }

        if (Types.TryGetValue(typeNode.Value, out FieldType type))
        {
            return type;
        }

        string? nearest = NearestName.Find(typeNode.Value, Types.Keys);
        _diagnostics.Add(ModelRules.UnknownType, typeNode.Span, nearest, key, typeNode.Value, NearestName.Hint(nearest));
        return null;
    }

    private EquatableArray<string> ReadValues(string key, FieldType? type, ModelSection section, ref bool valid)
    {
        YamlSequence? valuesNode = section.Sequence("values");
        if (type != FieldType.Enum)
        {
            if (valuesNode is not null && type is not null)
            {
                _diagnostics.Add(ModelRules.ValuesOnNonEnum, section.Key("values")!.Value.Span, null, key, type.Value.ToString().ToLowerInvariant());
            }

            return EquatableArray<string>.Empty;
        }

        List<string> values = _enumValues;
        values.Clear();
        NameRegistry names = _enumValueNames.Restart($"Enum value of {key}");
        Dictionary<string, YamlScalar> seen = _enumValuesSeen;
        seen.Clear();
        int count = valuesNode?.Count ?? 0;
        for (int i = 0; i < count; i++)
        {
            YamlNode item = valuesNode!.Value[i];
            if (!item.TryScalar(out YamlScalar value) || value.IsNull)
            {
                _diagnostics.Add(ModelRules.WrongNodeKind, item.Span, null, $"An enum value of {key}", "a single word", item.KindName);
                continue;
            }

            if (seen.TryGetValue(value.Value, out YamlScalar first))
            {
                _diagnostics.AddDuplicate(ModelRules.DuplicateEnumValue, value.Span, first.Span, key, value.Value);
                continue;
            }

            seen.Add(value.Value, value);
            if (names.TryAdd(value))
            {
                values.Add(value.Value);
            }
            else
            {
                valid = false;
            }
        }

        if (values.Count == 0 && seen.Count == 0)
        {
            _diagnostics.Add(ModelRules.EnumWithoutValues, section.Key("values")?.Span ?? section.Key("type")!.Value.Span, null, key);
            valid = false;
        }

        return values.ToEquatableArray();
    }

    private string? ReadOwner(string key, YamlScalar name, ModelSection section)
    {
        if (section.Scalar("owner") is not { } owner)
        {
            if (section.Node("owner") is null)
            {
                _diagnostics.Add(ModelRules.MissingOwner, name.Span, null, key);
            }

            return null;
        }

        if (_systems.TryGetValue(owner.Value, out SystemDefinition? system))
        {
            if (system.ReadOnly)
            {
                _diagnostics.Add(ModelRules.ReadOnlyOwner, owner.Span, null, key, owner.Value);
                return null;
            }

            return owner.Value;
        }

        if (!_declared.IsDeclared(owner.Value))
        {
            string? nearest = NearestName.Find(owner.Value, _declared.KnownIds);
            _diagnostics.Add(ModelRules.UnknownOwner, owner.Span, nearest, key, owner.Value, NearestName.Hint(nearest));
        }

        return null;
    }

    private static string? ReadDeprecated(ModelSection section)
    {
        // The format says 'deprecated: <message>'; 'true' and 'false' are accepted as users would expect.
        string? text = section.Text("deprecated");
        return text?.ToLowerInvariant() switch
        {
            null or "false" or "no" => null,
            "true" or "yes" => "this field is deprecated",
            _ => text,
        };
    }
}
