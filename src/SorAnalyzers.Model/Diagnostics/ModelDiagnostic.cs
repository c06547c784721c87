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

    /// <summary>
    /// Who reports this diagnostic in a build. The compiler runs analyzers only once the C# gets past its
    /// declarations, and C# that uses the generated API cannot while the model is broken (CS0246 for the
    /// missing namespace): errors in the model would hide behind the errors their absence causes. So the
    /// generator, which runs first, reports the model's errors, and the analyzer its warnings; each
    /// diagnostic is reported exactly once.
    /// </summary>
    public bool ReportedByGenerator => Severity == ModelSeverity.Error;

    public override string ToString() => $"{Span}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";

    /// <summary>Property key holding a did-you-mean replacement for the offending name.</summary>
    public const string SuggestionProperty = "Suggestion";
}
