using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
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
/// Removes a write against the model's direction: the statement that makes it, or the member
/// assignment inside an object initializer or <c>with</c> expression. Offered only where removing it
/// leaves valid code (not for an expression-bodied member or a deconstruction element).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveWriteFix)), Shared]
public sealed class RemoveWriteFix : CodeFixProvider
{
    public const string EquivalenceKey = "SorRemoveWrite";

    public override ImmutableArray<string> FixableDiagnosticIds
        => ImmutableArray.Create(WriteRules.NotOwner.Id, WriteRules.NotCarried.Id, WriteRules.WrongSystem.Id);

    // Not the BatchFixer: it merges per-fix text diffs, and the diffs of removing similar neighbouring
    // lines overlap, so under `dotnet format` most removals were dropped. Removing the nodes of one
    // document in one pass has no such conflicts.
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await RemoveAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            SyntaxNode? node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (root is null || node is null || Removable(node) is null)
            {
                continue;
            }

            string field = diagnostic.Properties.TryGetValue(WriteProperties.FieldKey, out string? key) && key is not null ? key : "the field";
            context.RegisterCodeFix(
                CodeAction.Create($"Remove the write of {field}", ct => RemoveAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The node to remove for a write: its expression statement, or its entry of an initializer.</summary>
    private static SyntaxNode? Removable(SyntaxNode node)
    {
        if (node is ArgumentSyntax)
        {
            return null;
        }

        return node.Parent switch
        {
            ExpressionStatementSyntax statement when statement.Expression == node && statement.Parent is BlockSyntax or SwitchSectionSyntax => statement,
            InitializerExpressionSyntax initializer when node is AssignmentExpressionSyntax => node,
            _ => null,
        };
    }

    private static async Task<Document> RemoveAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var targets = new List<SyntaxNode>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (Removable(node) is { } target && !targets.Contains(target))
            {
                targets.Add(target);
            }
        }

        if (targets.Count == 0)
        {
            return document;
        }

        SyntaxNode updated = root.TrackNodes(targets);
        foreach (SyntaxNode target in targets)
        {
            if (updated.GetCurrentNode(target) is not { } current)
            {
                continue; // inside a statement already removed
            }

            // Keep #pragma and #if lines that sit in the removed statement's trivia. In an initializer, the
            // entry's trailing space is what separates the previous entry from the brace.
            SyntaxRemoveOptions options = SyntaxRemoveOptions.KeepDirectives | SyntaxRemoveOptions.KeepUnbalancedDirectives;
            if (target is not StatementSyntax)
            {
                options |= SyntaxRemoveOptions.KeepTrailingTrivia;
            }

            if (current.Parent is InitializerExpressionSyntax { Expressions.Count: 1 } only)
            {
                // The last entry: leave "{ }", not "{  }".
                updated = updated.ReplaceNode(only, only
                    .WithExpressions(default)
                    .WithOpenBraceToken(only.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space))
                    .WithCloseBraceToken(only.CloseBraceToken.WithLeadingTrivia()));
                continue;
            }

            updated = updated.RemoveNode(current, options) ?? updated;
        }

        return document.WithSyntaxRoot(updated);
    }
}
