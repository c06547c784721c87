using System.Linq;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Definitions;

/// <summary>
/// A declared copy of fields from one system to another.
/// <see cref="Fields"/> is the list as written; <see cref="Carried"/> the field keys it really
/// carries once wildcards are expanded and invalid entries dropped (filled in by resolution).
/// </summary>
public sealed record FlowDefinition(
    string Id,
    string From,
    string To,
    EquatableArray<FlowFieldReference> Fields,
    string? Frequency,
    ConflictRule Conflict,
    string? ErrorOwner,
    string? Impact,
    string? Description,
    ModelSpan Span,
    ModelSpan FieldsSpan)
{
    public EquatableArray<string> Carried { get; init; } = EquatableArray<string>.Empty;

    public bool Carries(string fieldKey) => Carried.Contains(fieldKey);

    /// <summary>"billing → crm (hourly, ownerWins)".</summary>
    public string DirectionText
    {
        get
        {
            string rule = ConflictRuleNames.Of(Conflict);
            return string.IsNullOrEmpty(Frequency) ? $"{From} → {To} ({rule})" : $"{From} → {To} ({Frequency}, {rule})";
        }
    }
}
