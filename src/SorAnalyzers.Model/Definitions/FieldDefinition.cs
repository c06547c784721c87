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
}
