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

    public static readonly ImmutableArray<DiagnosticDescriptor> WriteChecks =
        ImmutableArray.Create(NotOwner, NotCarried, NoContext, WrongSystem, DeprecatedField, UnknownField);

    public static readonly ImmutableArray<DiagnosticDescriptor> ContextChecks =
        ImmutableArray.Create(UnknownSystem, UnknownFlow, TwoContexts, InvalidBuildContext);

    public static string HelpLink(string id) => RuleHelp.Link(id);
}
