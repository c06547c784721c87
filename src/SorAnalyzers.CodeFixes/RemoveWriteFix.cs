using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
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

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
                CodeAction.Create($"Remove the write of {field}", ct => RemoveAsync(context.Document, diagnostic, ct), EquivalenceKey),
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

    private static async Task<Document> RemoveAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SyntaxNode? node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        SyntaxNode? target = node is null ? null : Removable(node);
        if (root is null || target is null)
        {
            return document;
        }

        // Keep #pragma and #if lines that sit in the removed statement's trivia.
        // In an initializer, the entry's trailing space is what separates the previous entry from the brace.
        SyntaxRemoveOptions options = SyntaxRemoveOptions.KeepDirectives | SyntaxRemoveOptions.KeepUnbalancedDirectives;
        if (target is not StatementSyntax)
        {
            options |= SyntaxRemoveOptions.KeepTrailingTrivia;
        }

        SyntaxNode? updated = root.RemoveNode(target, options);
        return updated is null ? document : document.WithSyntaxRoot(updated);
    }
}
