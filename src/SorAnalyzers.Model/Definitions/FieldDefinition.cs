using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Definitions;

/// <summary>One business fact of an entity, with its single owner (system of record).</summary>
public sealed record FieldDefinition(
    string Entity,
    string Name,
    FieldType Type,
    EquatableArray<string> EnumValues,
    string Owner,
    string? Description,
    bool Pii,
    bool Required,
    bool Immutable,
    string? Deprecated,
    ModelSpan Span)
{
    /// <summary>"Account.Arr": how flows and string keys name the field.</summary>
    public string Key => Entity + "." + Name;

    public bool IsDeprecated => Deprecated is not null;

    /// <summary>Each holding system's own name for the field (<c>names:</c>), in the model's order; empty when none is declared.</summary>
    public EquatableArray<FieldSystemName> Names { get; init; } = EquatableArray<FieldSystemName>.Empty;

    /// <summary><paramref name="system"/>'s own name for the field, or null when the model declares none.</summary>
    public string? NameIn(string system)
    {
        foreach (FieldSystemName name in Names)
        {
            if (name.System == system)
            {
                return name.Name;
            }
        }

        return null;
    }
}
