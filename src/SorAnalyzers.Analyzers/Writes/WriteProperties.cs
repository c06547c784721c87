using SorAnalyzers.Model.Diagnostics;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Keys of <c>Diagnostic.Properties</c>: what the code fixes need, so that they never re-run the analysis.
/// </summary>
internal static class WriteProperties
{
    /// <summary>"Account.Arr": the field written.</summary>
    public const string FieldKey = "FieldKey";

    /// <summary>The enclosing member ("AccountDesk.Close(SorRecord)"): part of a baseline entry's key.</summary>
    public const string Member = "Member";

    /// <summary>The flow id of a <c>[SorFlow]</c> context.</summary>
    public const string Flow = "Flow";

    /// <summary>"true" when the model allows the flow to carry the field (its source holds it, its target does not own it).</summary>
    public const string CanCarry = "CanCarry";

    /// <summary>The nearest known name for an unknown one.</summary>
    public const string Suggestion = ModelDiagnostic.SuggestionProperty;

    /// <summary>Plausible contexts, ';'-separated, each "system:id" or "flow:id".</summary>
    public const string Contexts = "Contexts";

    /// <summary>SOR0111: the name of the enclosing method's parameter the unprovable value comes from (the fix marks it [SorWrites]).</summary>
    public const string Parameter = "Parameter";

    /// <summary>SOR0111: "true" when the write is a dynamic call (the fix casts the dynamic arguments).</summary>
    public const string Dynamic = "Dynamic";

    /// <summary>SOR0130/SOR0131: the rule the write would break in hand-written code ("SOR0101").</summary>
    public const string Rule = "Rule";

    /// <summary>SOR0130/SOR0131: the generator whose output holds the write ("Riok.Mapperly").</summary>
    public const string Generator = "Generator";
}
