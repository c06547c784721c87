using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SorAnalyzers.Analyzers.Writes;

namespace SorAnalyzers.CodeFixes;

/// <summary>
/// SOR0112: rewrites <c>record.Set(SorFields.E.F, value);</c> into <c>new Flows.Flow.E(record).F = value;</c>,
/// a write through the flow's target view (generated with a setter for exactly the fields the flow carries).
/// Offered only when that view and setter exist and the call is a statement of its own.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ThroughFlowViewFix)), Shared]
public sealed class ThroughFlowViewFix : CodeFixProvider
{
    public const string EquivalenceKey = "SorThroughFlowView";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(WriteRules.UnprovableLanding.Id);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root is not null && model is not null && Rewrite(root, model, diagnostic, context.CancellationToken) is { } rewrite)
            {
                string flow = diagnostic.Properties.TryGetValue(WriteProperties.Flow, out string? id) ? id ?? "the flow" : "the flow";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Write through the view of flow {flow} ({rewrite.View.Name}.{rewrite.Property.Name})",
                        ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var rewrites = diagnostics.Select(d => Rewrite(root, model, d, cancellationToken)).OfType<ViewRewrite>()
            .GroupBy(r => r.Call).ToDictionary(g => g.Key, g => g.First());
        SyntaxNode updated = root.ReplaceNodes(rewrites.Keys, (original, rewritten) =>
        {
            ViewRewrite rewrite = rewrites[original];
            TypeSyntax view = SyntaxFactory.ParseTypeName(rewrite.View.ToMinimalDisplayString(model, original.SpanStart));
            ObjectCreationExpressionSyntax creation = SyntaxFactory.ObjectCreationExpression(
                view, SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(rewrite.Record.WithoutTrivia()))), null);
            return SyntaxFactory.AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, creation, SyntaxFactory.IdentifierName(rewrite.Property.Name)),
                    rewrite.Value.WithoutTrivia())
                .NormalizeWhitespace()
                .WithTriviaFrom(rewritten);
        });
        return document.WithSyntaxRoot(updated);
    }

    private static ViewRewrite? Rewrite(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(WriteProperties.Flow, out string? flow) || flow is null
            || !diagnostic.Properties.TryGetValue(WriteProperties.FieldKey, out string? key) || key is null
            || key.Split('.') is not { Length: 2 } parts)
        {
            return null;
        }

        InvocationExpressionSyntax? call = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
        if (call is not { Parent: ExpressionStatementSyntax, Expression: MemberAccessExpressionSyntax access }
            || call.ArgumentList.Arguments.Count != 2
            || model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol { Name: "Set", ContainingType.Name: "SorRecord" })
        {
            return null;
        }

        // Only a write of that one descriptor: a conditional or a traced local would lose its other fields. A
        // direct reference to a descriptor names exactly one field, the one the diagnostic reports.
        if (model.GetSymbolInfo(call.ArgumentList.Arguments[0].Expression, cancellationToken).Symbol is not { } descriptor
            || !(IsModelField(descriptor, parts[0], parts[1]) || IsDescriptorOf(descriptor, parts[0])))
        {
            return null;
        }

        foreach (INamedTypeSymbol type in model.Compilation.GetSymbolsWithName(parts[0], SymbolFilter.Type, cancellationToken).OfType<INamedTypeSymbol>())
        {
            if (!type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "SorAnalyzers.SorViewAttribute"
                    && a.ConstructorArguments.FirstOrDefault().Value as string == parts[0]
                    && a.NamedArguments.Any(n => n.Key == "Flow" && n.Value.Value as string == flow)))
            {
                continue;
            }

            IPropertySymbol? property = type.GetMembers().OfType<IPropertySymbol>().FirstOrDefault(p => p.SetMethod is not null && IsModelField(p, parts[0], parts[1]));
            if (property is not null)
            {
                return new ViewRewrite(call, access.Expression, call.ArgumentList.Arguments[1].Expression, type, property);
            }
        }

        return null;
    }

    /// <summary>A generated descriptor of the entity: a static field of its <c>[SorModelEntity]</c> class in <c>SorFields</c>.</summary>
    private static bool IsDescriptorOf(ISymbol member, string entity)
        => member is IFieldSymbol { IsStatic: true, ContainingType: { } type }
            && type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "SorAnalyzers.SorModelEntityAttribute"
                && a.ConstructorArguments.Length == 1
                && a.ConstructorArguments[0].Value as string == entity);

    private static bool IsModelField(ISymbol member, string entity, string field)
        => member.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "SorAnalyzers.SorModelFieldAttribute"
            && a.ConstructorArguments.Length == 2
            && a.ConstructorArguments[0].Value as string == entity
            && a.ConstructorArguments[1].Value as string == field);

    private sealed class ViewRewrite
    {
        public ViewRewrite(InvocationExpressionSyntax call, ExpressionSyntax record, ExpressionSyntax value, INamedTypeSymbol view, IPropertySymbol property)
        {
            Call = call;
            Record = record;
            Value = value;
            View = view;
            Property = property;
        }

        public InvocationExpressionSyntax Call { get; }

        public ExpressionSyntax Record { get; }

        public ExpressionSyntax Value { get; }

        public INamedTypeSymbol View { get; }

        public IPropertySymbol Property { get; }
    }
}
