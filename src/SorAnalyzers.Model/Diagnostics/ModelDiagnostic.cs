using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Diagnostics;

/// <summary>
/// A problem found in a model: the rule, where it is, and the arguments of the rule's message.
/// <see cref="RelatedSpan"/> points at the first occurrence for a duplicate.
/// <see cref="Properties"/> carries what a code fix needs (for example the suggested name).
/// </summary>
public sealed record ModelDiagnostic(
    ModelRule Rule,
    ModelSpan Span,
    EquatableArray<string> Arguments,
    ModelSpan? RelatedSpan = null,
    ImmutableDictionary<string, string?>? Properties = null)
{
    public string Id => Rule.Id;

    public ModelSeverity Severity => Rule.Severity;

    public string Message => string.Format(CultureInfo.InvariantCulture, Rule.MessageFormat, Arguments.Cast<object>().ToArray());

    public override string ToString() => $"{Span}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";

    /// <summary>Property key holding a did-you-mean replacement for the offending name.</summary>
    public const string SuggestionProperty = "Suggestion";
}
