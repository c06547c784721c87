using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Model.Diagnostics;

namespace SorAnalyzers.Analyzers.Model;

/// <summary>
/// Roslyn descriptors of the model rules. IDs, categories and severities are written out as constants
/// (release tracking reads them from here); titles, messages and help links come from
/// <see cref="ModelRules"/>, and a test checks that both sides agree.
/// </summary>
internal static class ModelDescriptors
{
    public static readonly DiagnosticDescriptor YamlSyntax = new(
        "SOR0001", ModelRules.YamlSyntax.Title, ModelRules.YamlSyntax.MessageFormat, "SorAnalyzers.Model.Syntax", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.YamlSyntax.HelpLink);

    public static readonly DiagnosticDescriptor FormatVersion = new(
        "SOR0002", ModelRules.FormatVersion.Title, ModelRules.FormatVersion.MessageFormat, "SorAnalyzers.Model.Syntax", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.FormatVersion.HelpLink);

    public static readonly DiagnosticDescriptor WrongNodeKind = new(
        "SOR0003", ModelRules.WrongNodeKind.Title, ModelRules.WrongNodeKind.MessageFormat, "SorAnalyzers.Model.Syntax", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.WrongNodeKind.HelpLink);

    public static readonly DiagnosticDescriptor EmptyModel = new(
        "SOR0004", ModelRules.EmptyModel.Title, ModelRules.EmptyModel.MessageFormat, "SorAnalyzers.Model.Syntax", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.EmptyModel.HelpLink);

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "SOR0005", ModelRules.UnknownKey.Title, ModelRules.UnknownKey.MessageFormat, "SorAnalyzers.Model.Syntax", DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: ModelRules.UnknownKey.HelpLink);

    public static readonly DiagnosticDescriptor LimitExceeded = new(
        "SOR0006", ModelRules.LimitExceeded.Title, ModelRules.LimitExceeded.MessageFormat, "SorAnalyzers.Model.Syntax", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.LimitExceeded.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "SOR0007", ModelRules.DuplicateKey.Title, ModelRules.DuplicateKey.MessageFormat, "SorAnalyzers.Model.Syntax", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.DuplicateKey.HelpLink);

    public static readonly DiagnosticDescriptor MissingKey = new(
        "SOR0008", ModelRules.MissingKey.Title, ModelRules.MissingKey.MessageFormat, "SorAnalyzers.Model.Structure", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.MissingKey.HelpLink);

    public static readonly DiagnosticDescriptor InvalidValue = new(
        "SOR0009", ModelRules.InvalidValue.Title, ModelRules.InvalidValue.MessageFormat, "SorAnalyzers.Model.Structure", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.InvalidValue.HelpLink);

    public static readonly DiagnosticDescriptor InvalidSystemId = new(
        "SOR0010", ModelRules.InvalidSystemId.Title, ModelRules.InvalidSystemId.MessageFormat, "SorAnalyzers.Model.Structure", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.InvalidSystemId.HelpLink);

    public static readonly DiagnosticDescriptor MissingOwner = new(
        "SOR0011", ModelRules.MissingOwner.Title, ModelRules.MissingOwner.MessageFormat, "SorAnalyzers.Model.Ownership", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.MissingOwner.HelpLink);

    public static readonly DiagnosticDescriptor UnknownOwner = new(
        "SOR0012", ModelRules.UnknownOwner.Title, ModelRules.UnknownOwner.MessageFormat, "SorAnalyzers.Model.Ownership", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.UnknownOwner.HelpLink);

    public static readonly DiagnosticDescriptor ReadOnlyOwner = new(
        "SOR0013", ModelRules.ReadOnlyOwner.Title, ModelRules.ReadOnlyOwner.MessageFormat, "SorAnalyzers.Model.Ownership", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.ReadOnlyOwner.HelpLink);

    public static readonly DiagnosticDescriptor UnknownType = new(
        "SOR0014", ModelRules.UnknownType.Title, ModelRules.UnknownType.MessageFormat, "SorAnalyzers.Model.Structure", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.UnknownType.HelpLink);

    public static readonly DiagnosticDescriptor EnumWithoutValues = new(
        "SOR0015", ModelRules.EnumWithoutValues.Title, ModelRules.EnumWithoutValues.MessageFormat, "SorAnalyzers.Model.Structure", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.EnumWithoutValues.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateEnumValue = new(
        "SOR0016", ModelRules.DuplicateEnumValue.Title, ModelRules.DuplicateEnumValue.MessageFormat, "SorAnalyzers.Model.Structure", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.DuplicateEnumValue.HelpLink);

    public static readonly DiagnosticDescriptor InvalidName = new(
        "SOR0017", ModelRules.InvalidName.Title, ModelRules.InvalidName.MessageFormat, "SorAnalyzers.Model.Structure", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.InvalidName.HelpLink);

    public static readonly DiagnosticDescriptor NameCollision = new(
        "SOR0018", ModelRules.NameCollision.Title, ModelRules.NameCollision.MessageFormat, "SorAnalyzers.Model.Structure", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.NameCollision.HelpLink);

    public static readonly DiagnosticDescriptor ValuesOnNonEnum = new(
        "SOR0019", ModelRules.ValuesOnNonEnum.Title, ModelRules.ValuesOnNonEnum.MessageFormat, "SorAnalyzers.Model.Structure", DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: ModelRules.ValuesOnNonEnum.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateFlowId = new(
        "SOR0020", ModelRules.DuplicateFlowId.Title, ModelRules.DuplicateFlowId.MessageFormat, "SorAnalyzers.Model.Flows", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.DuplicateFlowId.HelpLink);

    public static readonly DiagnosticDescriptor UnknownFlowSystem = new(
        "SOR0021", ModelRules.UnknownFlowSystem.Title, ModelRules.UnknownFlowSystem.MessageFormat, "SorAnalyzers.Model.Flows", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.UnknownFlowSystem.HelpLink);

    public static readonly DiagnosticDescriptor FlowToItself = new(
        "SOR0022", ModelRules.FlowToItself.Title, ModelRules.FlowToItself.MessageFormat, "SorAnalyzers.Model.Flows", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.FlowToItself.HelpLink);

    public static readonly DiagnosticDescriptor UnknownFlowField = new(
        "SOR0023", ModelRules.UnknownFlowField.Title, ModelRules.UnknownFlowField.MessageFormat, "SorAnalyzers.Model.Flows", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.UnknownFlowField.HelpLink);

    public static readonly DiagnosticDescriptor EmptyWildcard = new(
        "SOR0024", ModelRules.EmptyWildcard.Title, ModelRules.EmptyWildcard.MessageFormat, "SorAnalyzers.Model.Flows", DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: ModelRules.EmptyWildcard.HelpLink);

    public static readonly DiagnosticDescriptor FlowIntoOwner = new(
        "SOR0025", ModelRules.FlowIntoOwner.Title, ModelRules.FlowIntoOwner.MessageFormat, "SorAnalyzers.Model.Flows", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.FlowIntoOwner.HelpLink);

    public static readonly DiagnosticDescriptor FieldNotHeld = new(
        "SOR0026", ModelRules.FieldNotHeld.Title, ModelRules.FieldNotHeld.MessageFormat, "SorAnalyzers.Model.Flows", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.FieldNotHeld.HelpLink);

    public static readonly DiagnosticDescriptor FlowLoop = new(
        "SOR0027", ModelRules.FlowLoop.Title, ModelRules.FlowLoop.MessageFormat, "SorAnalyzers.Model.Flows", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.FlowLoop.HelpLink);

    public static readonly DiagnosticDescriptor CompetingWriters = new(
        "SOR0028", ModelRules.CompetingWriters.Title, ModelRules.CompetingWriters.MessageFormat, "SorAnalyzers.Model.Flows", DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: ModelRules.CompetingWriters.HelpLink);

    public static readonly DiagnosticDescriptor DeprecatedFieldInFlow = new(
        "SOR0029", ModelRules.DeprecatedFieldInFlow.Title, ModelRules.DeprecatedFieldInFlow.MessageFormat, "SorAnalyzers.Model.Flows", DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: ModelRules.DeprecatedFieldInFlow.HelpLink);

    public static readonly DiagnosticDescriptor UnknownConflictRule = new(
        "SOR0030", ModelRules.UnknownConflictRule.Title, ModelRules.UnknownConflictRule.MessageFormat, "SorAnalyzers.Model.Flows", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.UnknownConflictRule.HelpLink);

    public static readonly DiagnosticDescriptor NoModel = new(
        "SOR0032", ModelRules.NoModel.Title, ModelRules.NoModel.MessageFormat, "SorAnalyzers.Model.Structure", DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: ModelRules.NoModel.HelpLink, customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidNamespace = new(
        "SOR0033", ModelRules.InvalidNamespace.Title, ModelRules.InvalidNamespace.MessageFormat, "SorAnalyzers.Model.Structure", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.InvalidNamespace.HelpLink);

    public static readonly DiagnosticDescriptor GenerationFailed = new(
        "SOR0034", ModelRules.GenerationFailed.Title, ModelRules.GenerationFailed.MessageFormat, "SorAnalyzers.Model.Structure", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.GenerationFailed.HelpLink);

    /// <summary>Reported by the generator only (it alone sees the referenced assemblies' markers); declared here for release tracking.</summary>
    public static readonly DiagnosticDescriptor ReferencedModelDiffers = new(
        "SOR0035", ModelRules.ReferencedModelDiffers.Title, ModelRules.ReferencedModelDiffers.MessageFormat, "SorAnalyzers.Model.Structure", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.ReferencedModelDiffers.HelpLink);

    public static readonly DiagnosticDescriptor UnknownNameSystem = new(
        "SOR0040", ModelRules.UnknownNameSystem.Title, ModelRules.UnknownNameSystem.MessageFormat, "SorAnalyzers.Model.Bindings", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.UnknownNameSystem.HelpLink);

    public static readonly DiagnosticDescriptor NameInNonHolder = new(
        "SOR0041", ModelRules.NameInNonHolder.Title, ModelRules.NameInNonHolder.MessageFormat, "SorAnalyzers.Model.Bindings", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.NameInNonHolder.HelpLink);

    public static readonly DiagnosticDescriptor InvalidSystemName = new(
        "SOR0042", ModelRules.InvalidSystemName.Title, ModelRules.InvalidSystemName.MessageFormat, "SorAnalyzers.Model.Bindings", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.InvalidSystemName.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateSystemName = new(
        "SOR0043", ModelRules.DuplicateSystemName.Title, ModelRules.DuplicateSystemName.MessageFormat, "SorAnalyzers.Model.Bindings", DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: ModelRules.DuplicateSystemName.HelpLink);

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        YamlSyntax,
        FormatVersion,
        WrongNodeKind,
        EmptyModel,
        UnknownKey,
        LimitExceeded,
        DuplicateKey,
        MissingKey,
        InvalidValue,
        InvalidSystemId,
        MissingOwner,
        UnknownOwner,
        ReadOnlyOwner,
        UnknownType,
        EnumWithoutValues,
        DuplicateEnumValue,
        InvalidName,
        NameCollision,
        ValuesOnNonEnum,
        DuplicateFlowId,
        UnknownFlowSystem,
        FlowToItself,
        UnknownFlowField,
        EmptyWildcard,
        FlowIntoOwner,
        FieldNotHeld,
        FlowLoop,
        CompetingWriters,
        DeprecatedFieldInFlow,
        UnknownConflictRule,
        NoModel,
        InvalidNamespace,
        GenerationFailed,
        ReferencedModelDiffers,
        UnknownNameSystem,
        NameInNonHolder,
        InvalidSystemName,
        DuplicateSystemName);
}
