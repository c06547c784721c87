using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Model.Baselines;

namespace SorAnalyzers.CodeFixes;

/// <summary>SOR0113: "Remove the stale baseline entry" deletes the entry's line from the <c>*.sor.baseline</c> file.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveBaselineEntryFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { BaselineFile.Extension }), Shared]
public sealed class RemoveBaselineEntryFix : CodeFixProvider
{
    public const string EquivalenceKey = "SorRemoveBaselineEntry";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(WriteRules.StaleBaselineEntry.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        TextDocument document = context.TextDocument;
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Remove the stale baseline entry", ct => RemoveLineAsync(document, diagnostic.Location.SourceSpan, ct), EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> RemoveLineAsync(TextDocument document, TextSpan span, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        TextLine line = text.Lines.GetLineFromPosition(span.Start);
        SourceText changed = text.WithChanges(new TextChange(line.SpanIncludingLineBreak, string.Empty));
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, changed);
    }
}
