using System.Linq;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Definitions;

/// <summary>A kind of business record (Account, Contact) and its fields.</summary>
public sealed record EntityDefinition(
    string Name,
    string? Description,
    EquatableArray<FieldDefinition> Fields,
    ModelSpan Span)
{
    public FieldDefinition? FindField(string name)
    {
        foreach (FieldDefinition field in Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }
}
