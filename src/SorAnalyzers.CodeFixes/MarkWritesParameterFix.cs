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
/// SOR0111 where the field comes from a parameter of the method that writes it: marks that parameter
/// <c>[SorWrites]</c>, so that the field is checked at every call instead, in the caller's context.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkWritesParameterFix)), Shared]
public sealed class MarkWritesParameterFix : CodeFixProvider
{
    public const string EquivalenceKey = "SorMarkWritesParameter";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(WriteRules.UnprovableField.Id);

    // One attribute per parameter, however many writes use it.
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root is not null && ParameterOf(root, diagnostic) is { } parameter)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Mark parameter '{parameter.Identifier.ValueText}' [SorWrites]",
                        ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root)
        {
            return document;
        }

        var parameters = new HashSet<ParameterSyntax>(diagnostics.Select(d => ParameterOf(root, d)).OfType<ParameterSyntax>());
        if (parameters.Count == 0)
        {
            return document;
        }

        AttributeListSyntax writes = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("SorWrites"))))
            .WithTrailingTrivia(SyntaxFactory.Space);
        SyntaxNode updated = root.ReplaceNodes(parameters, (original, rewritten) =>
            rewritten.WithoutLeadingTrivia().AddAttributeLists(writes.WithLeadingTrivia(rewritten.GetLeadingTrivia())));
        return document.WithSyntaxRoot(ContextTarget.EnsureUsing((CompilationUnitSyntax)updated, ContextTarget.NewLineOf(root)));
    }

    private static ParameterSyntax? ParameterOf(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(WriteProperties.Parameter, out string? name) || name is null)
        {
            return null;
        }

        SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        ParameterListSyntax? list = node.AncestorsAndSelf().OfType<BaseMethodDeclarationSyntax>().FirstOrDefault()?.ParameterList;
        return list?.Parameters.FirstOrDefault(p => p.Identifier.ValueText == name && !p.AttributeLists.SelectMany(a => a.Attributes).Any(a => a.Name.ToString() is "SorWrites" or "SorWritesAttribute"));
    }
}
