using System.Collections.Generic;
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
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.CodeFixes;

/// <summary>
/// SOR0102 where the model allows it (the flow's source holds the field, its target does not own it):
/// "Carry Account.Arr in flow crm-to-cs" adds the field to the flow's list in the <c>*.sor.yaml</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CarryInFlowFix)), Shared]
public sealed class CarryInFlowFix : CodeFixProvider
{
    public const string EquivalenceKey = "SorCarryInFlow";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(WriteRules.NotCarried.Id);

    public override FixAllProvider GetFixAllProvider() => new CarryAll();

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (Request.From(diagnostic) is { } request && ModelDocument.Exists(context.Document.Project))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Carry {request.FieldKey} in flow {request.Flow}",
                        ct => ApplyAsync(context.Document.Project.Solution, context.Document.Project.Id, new[] { request }, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> ApplyAsync(Solution solution, ProjectId projectId, IEnumerable<Request> requests, CancellationToken cancellationToken)
    {
        ModelDocument? documents = solution.GetProject(projectId) is { } project
            ? await ModelDocument.LoadAsync(project, cancellationToken).ConfigureAwait(false)
            : null;
        OwnershipModel? model = documents?.Read.Model;
        if (documents is null || model is null)
        {
            return solution;
        }

        // The flow is edited in the file that declares it.
        var changes = new Dictionary<DocumentId, (SourceText Text, List<TextChange> Changes)>();
        foreach (var byFlow in requests.GroupBy(r => r.Flow))
        {
            FlowDefinition? flow = model.FindFlow(byFlow.Key);
            if (flow is null)
            {
                continue;
            }

            var keys = byFlow
                .Select(r => model.FindField(r.FieldKey))
                .Where(f => f is not null && DirectionCheck.CanCarry(model, flow, f))
                .Select(f => f!.Key)
                .ToList();
            (TextDocument document, SourceText text) = documents.At(flow.Span);
            if (FlowFieldsEdit.AddFields(text, flow, keys) is { } change)
            {
                if (!changes.TryGetValue(document.Id, out var edits))
                {
                    changes[document.Id] = edits = (text, new List<TextChange>());
                }

                edits.Changes.Add(change);
            }
        }

        foreach (var pair in changes)
        {
            solution = solution.WithAdditionalDocumentText(pair.Key, pair.Value.Text.WithChanges(pair.Value.Changes));
        }

        return solution;
    }

    private sealed class Request
    {
        private Request(string fieldKey, string flow)
        {
            FieldKey = fieldKey;
            Flow = flow;
        }

        public string FieldKey { get; }

        public string Flow { get; }

        public static Request? From(Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(WriteProperties.CanCarry, out string? can) && can == "true"
                && diagnostic.Properties.TryGetValue(WriteProperties.FieldKey, out string? key) && key is not null
                && diagnostic.Properties.TryGetValue(WriteProperties.Flow, out string? flow) && flow is not null
                ? new Request(key, flow)
                : null;
    }

    /// <summary>Fix all: one edit of the model per project, with every field each flow should carry.</summary>
    private sealed class CarryAll : FixAllProvider
    {
        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var byProject = new Dictionary<ProjectId, List<Request>>();
            foreach (Project project in ProjectsIn(fixAllContext))
            {
                ImmutableArray<Diagnostic> diagnostics = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is { } document
                    ? await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)
                    : await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                byProject[project.Id] = diagnostics.Select(Request.From).Where(r => r is not null).Select(r => r!).ToList();
            }

            return CodeAction.Create(
                "Carry the written fields in their flows",
                async ct =>
                {
                    Solution solution = fixAllContext.Solution;
                    foreach (var pair in byProject)
                    {
                        solution = await ApplyAsync(solution, pair.Key, pair.Value, ct).ConfigureAwait(false);
                    }

                    return solution;
                },
                EquivalenceKey);
        }

        private static IEnumerable<Project> ProjectsIn(FixAllContext context) => context.Scope == FixAllScope.Solution
            ? context.Solution.Projects
            : new[] { context.Project };
    }
}
