using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Definitions;

/// <summary>A system that holds business data (a CRM, billing, a warehouse).</summary>
public sealed record SystemDefinition(
    string Id,
    string? Title,
    string? BusinessOwner,
    string? TechnicalOwner,
    string? Description,
    bool ReadOnly,
    ModelSpan Span)
{
    /// <summary>"billing (Chargebee)", or just the id when there is no title.</summary>
    public string DisplayName => string.IsNullOrEmpty(Title) ? Id : $"{Id} ({Title})";

    /// <summary>
    /// How a system is named wherever it is described as a field's owner (diagnostics, generated docs,
    /// the command-line tool): "billing (Chargebee), business owner Finance", without what is not declared.
    /// </summary>
    public string OwnerDescription => string.IsNullOrEmpty(BusinessOwner) ? DisplayName : $"{DisplayName}, business owner {BusinessOwner}";
}
