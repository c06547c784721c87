using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SorAnalyzers.Analyzers.Bindings;
using SorAnalyzers.Analyzers.Writes;

namespace SorAnalyzers.CodeFixes;

/// <summary>Replaces an unknown system, flow or field key (of a context, a [SorWrites] key or a binding), written as a string literal, with the nearest known name.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NearestNameFix)), Shared]
public sealed class NearestNameFix : CodeFixProvider
{
    public const string EquivalenceKey = "SorNearestName";

    public override ImmutableArray<string> FixableDiagnosticIds
        => ImmutableArray.Create(
            WriteRules.UnknownSystem.Id, WriteRules.UnknownFlow.Id, WriteRules.UnknownField.Id,
            BindingRules.UnknownSystem.Id, BindingRules.UnknownEntity.Id, BindingRules.UnknownField.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root is not null && diagnostic.Properties.TryGetValue(WriteProperties.Suggestion, out string? suggestion) && suggestion is not null
                && LiteralAt(root, diagnostic) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Use '{suggestion}'", ct => ReplaceAsync(context.Document, diagnostic, suggestion, ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static LiteralExpressionSyntax? LiteralAt(SyntaxNode root, Diagnostic diagnostic)
    {
        SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        ExpressionSyntax? expression = node is AttributeArgumentSyntax argument ? argument.Expression : node as ExpressionSyntax;
        return expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null;
    }

    private static async Task<Document> ReplaceAsync(Document document, Diagnostic diagnostic, string suggestion, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        LiteralExpressionSyntax? literal = root is null ? null : LiteralAt(root, diagnostic);
        if (root is null || literal is null)
        {
            return document;
        }

        LiteralExpressionSyntax replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion))
            .WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }
}
