using System;
using System.Collections.Generic;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Diagnostics;

namespace SorAnalyzers.Model.Resolution;

/// <summary>
/// A field's <c>names:</c> may only name systems that hold it (its owner, or a system a flow delivers it
/// to). Needs the resolved holdings, so it runs after <see cref="HoldingResolver"/>; a name given for a
/// system that does not hold the field is reported (SOR0041) and left out of the model.
/// </summary>
internal static class FieldNamesCheck
{
    public static List<EntityDefinition> Apply(List<EntityDefinition> entities, IEnumerable<FieldHolding> holdings, DiagnosticBag diagnostics)
    {
        // Most fields declare no names: then nothing is checked, and nothing is built.
        HashSet<(string Field, string System)>? held = null;
        var result = new List<EntityDefinition>(entities.Count);
        foreach (EntityDefinition entity in entities)
        {
            List<FieldDefinition>? fields = null; // made at the entity's first changed field
            for (int i = 0; i < entity.Fields.Count; i++)
            {
                FieldDefinition field = entity.Fields[i];
                FieldDefinition checkedField = field.Names.Count == 0 ? field : Check(field, held ??= Held(holdings), diagnostics);
                if (fields is null && !ReferenceEquals(checkedField, field))
                {
                    fields = new List<FieldDefinition>(entity.Fields.Count);
                    for (int j = 0; j < i; j++)
                    {
                        fields.Add(entity.Fields[j]);
                    }
                }

                fields?.Add(checkedField);
            }

            result.Add(fields is null ? entity : entity with { Fields = fields.ToEquatableArray() });
        }

        return result;
    }

    private static HashSet<(string Field, string System)> Held(IEnumerable<FieldHolding> holdings)
    {
        var held = new HashSet<(string Field, string System)>();
        foreach (FieldHolding holding in holdings)
        {
            held.Add((holding.FieldKey, holding.System));
        }

        return held;
    }

    /// <summary>The field with only the names of systems that hold it (the same object when all do).</summary>
    private static FieldDefinition Check(FieldDefinition field, HashSet<(string Field, string System)> held, DiagnosticBag diagnostics)
    {
        var kept = new List<FieldSystemName>(field.Names.Count);
        foreach (FieldSystemName name in field.Names)
        {
            if (held.Contains((field.Key, name.System)))
            {
                kept.Add(name);
            }
            else
            {
                diagnostics.Add(ModelRules.NameInNonHolder, name.Span, null, field.Key, name.System, field.Owner);
            }
        }

        return kept.Count == field.Names.Count ? field : field with { Names = kept.ToEquatableArray() };
    }
}
