using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SorAnalyzers.Analyzers.Writes;

namespace SorAnalyzers.CodeFixes;

/// <summary>
/// SOR0103: declares the missing context on the nearest member, one action per plausible context (the
/// field's owner, each flow that carries it where the write lands).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddContextFix)), Shared]
public sealed class AddContextFix : CodeFixProvider
{
    public const string EquivalenceKeyPrefix = "SorAddContext:";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(WriteRules.NoContext.Id);

    // A custom fix-all: several writes in one member must add one attribute, not one each.
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            MemberDeclarationSyntax? target = root is null ? null : ContextTarget.For(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true));
            if (target is null)
            {
                continue;
            }

            foreach (string candidate in Candidates(diagnostic))
            {
                if (!ContextKey.TryParse(candidate, out ContextKey key))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Declare {key.AttributeText} on {NameOf(target)}",
                        ct => FixDocumentAsync(context.Document, candidate, ImmutableArray.Create(diagnostic), ct),
                        EquivalenceKeyPrefix + candidate),
                    diagnostic);
            }
        }
    }

    private static Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        string? key = context.CodeActionEquivalenceKey;
        if (key is null || !key.StartsWith(EquivalenceKeyPrefix, System.StringComparison.Ordinal))
        {
            return Task.FromResult<Document?>(null);
        }

        string candidate = key.Substring(EquivalenceKeyPrefix.Length);
        return FixDocumentAsync(document, candidate, diagnostics.Where(d => Candidates(d).Contains(candidate)).ToImmutableArray(), context.CancellationToken)!;
    }

    private static async Task<Document> FixDocumentAsync(Document document, string candidate, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root)
        {
            return document;
        }

        var targets = new HashSet<MemberDeclarationSyntax>(
            diagnostics.Select(d => ContextTarget.For(root.FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true))).OfType<MemberDeclarationSyntax>());
        if (targets.Count == 0)
        {
            return document;
        }

        string newLine = ContextTarget.NewLineOf(root);
        if (!ContextKey.TryParse(candidate, out ContextKey key))
        {
            return document;
        }

        var updated = root.ReplaceNodes(targets, (original, rewritten) => ContextTarget.AddAttribute(rewritten, key, newLine));
        return document.WithSyntaxRoot(ContextTarget.EnsureUsing(updated, newLine));
    }

    private static IEnumerable<string> Candidates(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(WriteProperties.Contexts, out string? contexts) && !string.IsNullOrEmpty(contexts)
            ? contexts!.Split(';')
            : Enumerable.Empty<string>();

    private static string NameOf(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax m => m.Identifier.ValueText,
        ConstructorDeclarationSyntax c => c.Identifier.ValueText,
        PropertyDeclarationSyntax p => p.Identifier.ValueText,
        BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
        _ => "the member",
    };
}
