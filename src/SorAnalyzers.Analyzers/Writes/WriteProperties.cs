using SorAnalyzers.Model.Diagnostics;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Keys of <c>Diagnostic.Properties</c>: what the code fixes need, so that they never re-run the analysis.
/// </summary>
internal static class WriteProperties
{
    /// <summary>"Account.Arr": the field written.</summary>
    public const string FieldKey = "FieldKey";

    /// <summary>The flow id of a <c>[SorFlow]</c> context.</summary>
    public const string Flow = "Flow";

    /// <summary>"true" when the model allows the flow to carry the field (its source holds it, its target does not own it).</summary>
    public const string CanCarry = "CanCarry";

    /// <summary>The nearest known name for an unknown one.</summary>
    public const string Suggestion = ModelDiagnostic.SuggestionProperty;

    /// <summary>Plausible contexts, ';'-separated, each "system:id" or "flow:id".</summary>
    public const string Contexts = "Contexts";
}
