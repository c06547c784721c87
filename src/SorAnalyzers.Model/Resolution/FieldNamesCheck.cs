using System;
using System.Collections.Generic;
using System.Linq;
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
        var held = new HashSet<(string Field, string System)>(holdings.Select(h => (h.FieldKey, h.System)));
        var result = new List<EntityDefinition>(entities.Count);
        foreach (EntityDefinition entity in entities)
        {
            bool changed = false;
            var fields = new List<FieldDefinition>(entity.Fields.Count);
            foreach (FieldDefinition field in entity.Fields)
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

                if (kept.Count == field.Names.Count)
                {
                    fields.Add(field);
                }
                else
                {
                    changed = true;
                    fields.Add(field with { Names = kept.ToEquatableArray() });
                }
            }

            result.Add(changed ? entity with { Fields = fields.ToEquatableArray() } : entity);
        }

        return result;
    }
}
