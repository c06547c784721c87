using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Analyzers.Model;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Checks the context declarations themselves: a <c>[SorSystem]</c>/<c>[SorFlow]</c> naming something the
/// model does not have (reported on the argument, with did-you-mean), both on one declaration, and the
/// MSBuild properties <c>SorSystem</c>/<c>SorFlow</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContextAttributeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => WriteRules.ContextChecks;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        RuntimeTypes? types = RuntimeTypes.Resolve(start.Compilation);
        OwnershipModel? model = types is null ? null : ModelFile.Load(start)?.Result.Model;
        if (types is null || model is null)
        {
            return;
        }

        // Only an attribute whose name may be one of ours is bound: a build holds thousands of others (the generated API's own).
        var names = AttributeNames.Context(start.Compilation, start.CancellationToken);
        start.RegisterSyntaxNodeAction(c => { if (names.MayBe((AttributeSyntax)c.Node)) { OnAttribute(c, types, model); } }, SyntaxKind.Attribute);
        ContextScope.FromBuild(model, start.Options, out string? problem);
        if (problem is not null)
        {
            start.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(WriteRules.InvalidBuildContext, Location.None, problem)));
        }
    }

    private static void OnAttribute(SyntaxNodeAnalysisContext context, RuntimeTypes types, OwnershipModel model)
    {
        var attribute = (AttributeSyntax)context.Node;

        // The attribute as its declaration's symbol holds it (bound once, for the compiler too); the semantic model binds
        // it again only where the symbol does not hold it (a return value's attribute, say).
        ISymbol? owner = OwnerOf(attribute, context);
        AttributeData? applied = owner is null ? null : Applied(owner, attribute);
        INamedTypeSymbol? type = applied is not null
            ? applied.AttributeConstructor?.ContainingType
            : (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol as IMethodSymbol)?.ContainingType;
        bool isSystem = SymbolEqualityComparer.Default.Equals(type, types.System);
        bool isFlow = SymbolEqualityComparer.Default.Equals(type, types.Flow);
        if (!isSystem && !isFlow)
        {
            return;
        }

        AttributeArgumentSyntax? argument = attribute.ArgumentList?.Arguments.FirstOrDefault();
        string? id = applied is not null
            ? RuntimeTypes.FirstString(applied)
            : argument is not null && context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken) is { HasValue: true, Value: string constant } ? constant : null;
        if (argument is not null && id is not null)
        {
            var known = isSystem ? model.Systems.Select(s => s.Id) : model.Flows.Select(f => f.Id);
            bool exists = isSystem ? model.FindSystem(id) is not null : model.FindFlow(id) is not null;
            if (!exists)
            {
                string? suggestion = NearestName.Find(id, known);
                var properties = suggestion is null
                    ? ImmutableDictionary<string, string?>.Empty
                    : ImmutableDictionary<string, string?>.Empty.Add(WriteProperties.Suggestion, suggestion);
                context.ReportDiagnostic(Diagnostic.Create(
                    isSystem ? WriteRules.UnknownSystem : WriteRules.UnknownFlow, argument.GetLocation(), properties, id, NearestName.Hint(suggestion)));
            }
        }

        // Two contexts: reported once, on the [SorFlow] of a declaration that also has a [SorSystem].
        if (isFlow && owner is not null && types.Find(owner, types.System) is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(WriteRules.TwoContexts, attribute.GetLocation(), Describe(owner)));
        }
    }

    /// <summary>The attribute data <paramref name="owner"/> holds for <paramref name="attribute"/>, or null.</summary>
    private static AttributeData? Applied(ISymbol owner, AttributeSyntax attribute)
    {
        foreach (AttributeData data in owner.GetAttributes())
        {
            if (data.ApplicationSyntaxReference is { } reference && reference.Span == attribute.Span && reference.SyntaxTree == attribute.SyntaxTree)
            {
                return data;
            }
        }

        return null;
    }

    private static ISymbol? OwnerOf(AttributeSyntax attribute, SyntaxNodeAnalysisContext context)
    {
        if (attribute.Parent is not AttributeListSyntax list)
        {
            return null;
        }

        if (list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true)
        {
            return context.SemanticModel.Compilation.Assembly;
        }

        // A lambda's attributes (C# 10) belong to its symbol, which GetDeclaredSymbol does not give.
        if (list.Parent is LambdaExpressionSyntax lambda)
        {
            return context.SemanticModel.GetSymbolInfo(lambda, context.CancellationToken).Symbol;
        }

        return list.Parent is null ? null : context.SemanticModel.GetDeclaredSymbol(list.Parent, context.CancellationToken);
    }

    private static string Describe(ISymbol owner) => owner switch
    {
        IAssemblySymbol => "The assembly",
        _ => owner.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
    };
}
