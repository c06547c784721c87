using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.Model.Bindings;

/// <summary>
/// The one home of the rule that maps a name used by a system's own type (a member's serialized or C# name,
/// a bag key) to the model's fields, for a type bound to that system's records of one entity:
/// <list type="number">
/// <item>a field whose <c>names:</c> entry for the system is that name (ignoring case); a dotted entry
/// <c>member.key</c> is reached through the bag member <c>member</c> and the key <c>key</c>;</item>
/// <item>otherwise a field whose own name it is (ignoring case), if the field has no <c>names:</c> entry for
/// the system (a declared name replaces the field's name in that system).</item>
/// </list>
/// Fields the system does not hold are matched too: a write of one into that system is then reported as such.
/// An explicit member override (<c>[SorBindingMember]</c>) comes before both; the analyzers apply it. The index
/// of one (system, entity) is built on first use and kept, so each lookup is a dictionary lookup.
/// </summary>
public sealed class BindingNames
{
    private static readonly IReadOnlyList<FieldDefinition> None = Array.Empty<FieldDefinition>();

    private readonly OwnershipModel _model;
    private readonly ConcurrentDictionary<(string System, string Entity), Dictionary<string, List<FieldDefinition>>> _indexes = new();

    public BindingNames(OwnershipModel model)
    {
        _model = model;
    }

    /// <summary>The fields of <paramref name="entity"/> that <paramref name="system"/> calls <paramref name="name"/> (a member's name, or a key of the type's own indexer).</summary>
    public IReadOnlyList<FieldDefinition> Fields(string system, string entity, string name)
        => IndexOf(system, entity).TryGetValue(name, out List<FieldDefinition>? fields) ? fields : None;

    /// <summary>The fields of <paramref name="entity"/> that <paramref name="system"/> calls <c>bagMember.key</c>: the key <paramref name="key"/> of the bag member <paramref name="bagMember"/>.</summary>
    public IReadOnlyList<FieldDefinition> BagFields(string system, string entity, string bagMember, string key)
        => Fields(system, entity, bagMember + "." + key);

    private Dictionary<string, List<FieldDefinition>> IndexOf(string system, string entity)
        => _indexes.GetOrAdd((system, entity), slot => Build(slot.System, slot.Entity));

    private Dictionary<string, List<FieldDefinition>> Build(string system, string entity)
    {
        var index = new Dictionary<string, List<FieldDefinition>>(StringComparer.OrdinalIgnoreCase);
        if (_model.FindEntity(entity) is not { } definition)
        {
            return index;
        }

        foreach (FieldDefinition field in definition.Fields)
        {
            string name = field.NameIn(system) ?? field.Name;
            if (!index.TryGetValue(name, out List<FieldDefinition>? fields))
            {
                fields = new List<FieldDefinition>(1);
                index.Add(name, fields);
            }

            fields.Add(field);
        }

        return index;
    }
}
