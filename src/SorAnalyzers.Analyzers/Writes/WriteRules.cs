using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Model.Diagnostics;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// The rules about C# code (SOR0101–SOR0199): writes against the declared direction, and the context
/// attributes that declare whose writes the code makes. IDs are stable forever: never renumber, never reuse.
/// </summary>
internal static class WriteRules
{
    public const string Category = "SorAnalyzers.Writes";
    public const string ContextCategory = "SorAnalyzers.Context";

    public static readonly DiagnosticDescriptor NotOwner = new(
        "SOR0101",
        "A system writes a field it does not own",
        "{0} is owned by {1}; {2}. Change it in {3}.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "In a [SorSystem] context, code may write only the fields that system owns; every other field is a copy that the owner's flows overwrite.",
        helpLinkUri: HelpLink("SOR0101"));

    public static readonly DiagnosticDescriptor NotCarried = new(
        "SOR0102",
        "A flow writes a field it does not carry",
        "{0} is not carried by flow {1} ({2}); {3}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "In a [SorFlow] context, code may write into the flow's target only the fields the model says the flow carries.",
        helpLinkUri: HelpLink("SOR0102"));

    public static readonly DiagnosticDescriptor NoContext = new(
        "SOR0103",
        "A model field is written with no context",
        "{0} is written with no [SorSystem] or [SorFlow] context in scope; declare whose write this is ({0} is owned by {1})",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Without a context the direction of a write cannot be checked. A warning, so that an existing codebase can adopt the model gradually; raise it to an error in .editorconfig once every project declares its context.",
        helpLinkUri: HelpLink("SOR0103"));

    public static readonly DiagnosticDescriptor WrongSystem = new(
        "SOR0104",
        "A write lands in a system the context does not write into",
        "{0} is written into {1}, but {2} writes only into {3}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A write through a view lands in the view's system: a flow writes only into its target, a system only into itself.",
        helpLinkUri: HelpLink("SOR0104"));

    public static readonly DiagnosticDescriptor UnknownSystem = new(
        "SOR0105",
        "Unknown system in a context attribute",
        "'{0}' is not a system of the ownership model{1}",
        ContextCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: HelpLink("SOR0105"));

    public static readonly DiagnosticDescriptor UnknownFlow = new(
        "SOR0106",
        "Unknown flow in a context attribute",
        "'{0}' is not a flow of the ownership model{1}",
        ContextCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: HelpLink("SOR0106"));

    public static readonly DiagnosticDescriptor TwoContexts = new(
        "SOR0107",
        "Two contexts on one declaration",
        "{0} declares both [SorSystem] and [SorFlow]; code writes either as one system or along one flow: keep one",
        ContextCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: HelpLink("SOR0107"));

    public static readonly DiagnosticDescriptor DeprecatedField = new(
        "SOR0108",
        "A deprecated model field is used",
        "{0} is deprecated: {1}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        helpLinkUri: HelpLink("SOR0108"));

    public static readonly DiagnosticDescriptor UnknownField = new(
        "SOR0109",
        "Unknown field key",
        "'{0}' is not a field of the ownership model{1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A constant key passed to a [SorWrites] parameter must name a model field as \"Entity.Field\".",
        helpLinkUri: HelpLink("SOR0109"));

    public static readonly DiagnosticDescriptor InvalidBuildContext = new(
        "SOR0110",
        "Invalid context in the MSBuild properties",
        "{0}",
        ContextCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: HelpLink("SOR0110"),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnprovableField = new(
        "SOR0111",
        "Cannot tell which model field this writes",
        "Cannot tell which model field this write changes: {0}; {1}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The field named by a [SorWrites] argument must be provable at compile time: a descriptor (followed through locals, readonly fields, getter-only properties, methods, conditionals, casts and patterns) or a constant key. A parameter, a mutable field, a computed key, a dynamic call or a delegate that hides a write cannot be checked, so it is reported instead of passing silently.",
        helpLinkUri: HelpLink("SOR0111"));

    public static readonly DiagnosticDescriptor UnprovableLanding = new(
        "SOR0112",
        "Cannot tell where this write lands",
        "Cannot tell whether this {0} write lands in the source ({1}) or the target ({2}) of flow {3}: {4}; write through the flow's view, or name the record for its side (target…, {2}…)",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "In a [SorFlow] context a raw SorRecord may be the flow's source or its target, and writing back into the source is the most common integration bug. The record must be traceable to a view's Record, a record built by the flow, or a name that says its side.",
        helpLinkUri: HelpLink("SOR0112"));

    public static readonly DiagnosticDescriptor GeneratedAgainstModel = new(
        "SOR0130",
        "Code another generator generated writes against the model",
        "{0}, generated by {1}, writes {2} against the model: change the declaration it is generated from. {3}: {4}.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A write in the output of another source generator (a Mapperly mapper, for one) is checked like hand-written code, and reported at the declaration it was generated from (the partial mapping method, else the partial type), where it can be changed; the write itself is the additional location. It is what SOR0101, SOR0102, SOR0104 or SOR0109 would be in hand-written code; the message says which.",
        helpLinkUri: HelpLink("SOR0130"));

    public static readonly DiagnosticDescriptor GeneratedUnprovable = new(
        "SOR0131",
        "Code another generator generated writes a model field that cannot be checked",
        "{0}, generated by {1}, {2}. {3}: {4}.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A write in the output of another source generator that hand-written code would get a warning for (SOR0103 no context, SOR0108 deprecated field, SOR0111 or SOR0112 unprovable), reported at the declaration it was generated from; the write itself is the additional location.",
        helpLinkUri: HelpLink("SOR0131"));

    public const string BaselineCategory = "SorAnalyzers.Baseline";

    public static readonly DiagnosticDescriptor StaleBaselineEntry = new(
        "SOR0113",
        "A baseline entry matches no violation",
        "{0}",
        BaselineCategory, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The baseline (*.sor.baseline) lists violations accepted in legacy code. An entry whose violation was fixed (or moved to another member) should go, so that the baseline only shrinks and never hides a new violation.",
        helpLinkUri: HelpLink("SOR0113"),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly ImmutableArray<DiagnosticDescriptor> WriteChecks =
        ImmutableArray.Create(NotOwner, NotCarried, NoContext, WrongSystem, DeprecatedField, UnknownField, UnprovableField, UnprovableLanding, StaleBaselineEntry, GeneratedAgainstModel, GeneratedUnprovable);

    public static readonly ImmutableArray<DiagnosticDescriptor> ContextChecks =
        ImmutableArray.Create(UnknownSystem, UnknownFlow, TwoContexts, InvalidBuildContext);

    public static string HelpLink(string id) => RuleHelp.Link(id);
}
