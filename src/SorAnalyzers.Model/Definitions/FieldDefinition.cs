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
    // Entity and Name keep the key up to date (a 'with' that renames the field gets its new key); the key is
    // built once per field, not at every lookup: readers, resolution, names and the generator's plan ask for it
    // thousands of times on a big model.
    private readonly string _entity = Entity;
    private readonly string _name = Name;
    private readonly string _key = KeyOf(Entity, Name);

    public string Entity
    {
        get => _entity;
        init
        {
            _entity = value;
            _key = KeyOf(value, _name);
        }
    }

    public string Name
    {
        get => _name;
        init
        {
            _name = value;
            _key = KeyOf(_entity, value);
        }
    }

    /// <summary>"Account.Arr": how flows and string keys name the field.</summary>
    public string Key => _key;

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

    private static string KeyOf(string entity, string name) => entity + "." + name;
}
