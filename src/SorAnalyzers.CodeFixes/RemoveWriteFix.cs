using System.Collections.Generic;
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
/// Removes a write against the model's direction: the statement that makes it, the member assignment
/// inside an object initializer or <c>with</c> expression, or the expression body of a member that returns
/// nothing (<c>void Close() => a.Set(…);</c> becomes <c>void Close() { }</c>). Offered only where removing
/// it leaves valid code and removes nothing else: not for a <c>ref</c>/<c>out</c> argument, a deconstruction
/// element, a call inside a fluent chain, or an expression whose value is used.
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

    /// <summary>
    /// The node to remove for a write: its expression statement, its entry of an initializer, or the
    /// expression body of a member that returns nothing. The diagnostic may sit on the whole write or on a
    /// part of it (the member written, the descriptor argument): the write is the innermost expression
    /// around it that stands on its own.
    /// </summary>
    private static SyntaxNode? Removable(SyntaxNode node)
    {
        if (node is ArgumentSyntax { RefKindKeyword.RawKind: not 0 })
        {
            return null; // ref/out: the argument is the write, and the call does other things too
        }

        if (node.AncestorsAndSelf().Any(n => n.IsKind(SyntaxKind.ComplexElementInitializerExpression)))
        {
            return null; // a collection initializer's { "key", value }: the first assignment around it fills other keys too
        }

        SyntaxNode? write = node.AncestorsAndSelf()
            .TakeWhile(n => n is not (StatementSyntax or MemberDeclarationSyntax or LambdaExpressionSyntax))
            .FirstOrDefault(n => n is AssignmentExpressionSyntax or InvocationExpressionSyntax or PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax);
        switch (write)
        {
            case null:
            case AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax }:
                return null; // a deconstruction writes other things too
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax } }:
                return null; // a fluent chain: removing the statement would remove the other calls too
        }

        return write.Parent switch
        {
            ExpressionStatementSyntax statement when statement.Parent is BlockSyntax or SwitchSectionSyntax => statement,
            InitializerExpressionSyntax when write is AssignmentExpressionSyntax => write,
            ArrowExpressionClauseSyntax arrow when ReturnsNothing(arrow.Parent) => arrow,
            _ => null, // the write's value is used
        };
    }

    /// <summary>Members whose expression body may become an empty block: nothing reads its value.</summary>
    private static bool ReturnsNothing(SyntaxNode? member) => member switch
    {
        MethodDeclarationSyntax method => IsVoid(method.ReturnType),
        LocalFunctionStatementSyntax local => IsVoid(local.ReturnType),
        ConstructorDeclarationSyntax or DestructorDeclarationSyntax => true,
        AccessorDeclarationSyntax accessor => !accessor.Keyword.IsKind(SyntaxKind.GetKeyword),
        _ => false,
    };

    private static bool IsVoid(TypeSyntax type) => type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };

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

            if (current is ArrowExpressionClauseSyntax arrow)
            {
                updated = updated.ReplaceNode(arrow.Parent!, WithEmptyBody(arrow.Parent!));
                continue;
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

    /// <summary><c>void Close() => a.Set(…);</c> → <c>void Close() { }</c>, keeping the member's trailing trivia.</summary>
    private static SyntaxNode WithEmptyBody(SyntaxNode member)
    {
        // The space before "=>" stays as the trailing trivia of what precedes it: "void Close() { }".
        // Tokens without elastic trivia, so a formatter keeps "{ }" on the member's line.
        BlockSyntax empty = SyntaxFactory.Block(
            SyntaxFactory.Token(SyntaxTriviaList.Empty, SyntaxKind.OpenBraceToken, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
            default,
            SyntaxFactory.Token(SyntaxTriviaList.Empty, SyntaxKind.CloseBraceToken, SyntaxTriviaList.Empty));
        return member switch
        {
            BaseMethodDeclarationSyntax method => method.WithExpressionBody(null).WithBody(empty.WithTrailingTrivia(method.SemicolonToken.TrailingTrivia)).WithSemicolonToken(default),
            LocalFunctionStatementSyntax local => local.WithExpressionBody(null).WithBody(empty.WithTrailingTrivia(local.SemicolonToken.TrailingTrivia)).WithSemicolonToken(default),
            AccessorDeclarationSyntax accessor => accessor.WithExpressionBody(null).WithBody(empty.WithTrailingTrivia(accessor.SemicolonToken.TrailingTrivia)).WithSemicolonToken(default),
            _ => member,
        };
    }
}
