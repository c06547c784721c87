using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Generator.Diagnostics;

/// <summary>
/// Turns <see cref="ModelProblem"/>s into Roslyn diagnostics at their line and column in the model, with
/// the same ID, title, message and help link as the rule's description in the model core.
/// </summary>
internal static class ProblemReporter
{
    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new();

    public static void Report(SourceProductionContext context, EquatableArray<ModelProblem> problems)
    {
        foreach (ModelProblem problem in problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DescriptorOf(problem.Rule),
                LocationOf(problem.Path, problem.TextLength, problem.Span),
                problem.RelatedSpan is { } related
                    ? new[] { LocationOf(problem.RelatedPath ?? problem.Path, problem.RelatedPath is null ? problem.TextLength : problem.RelatedTextLength, related) }
                    : null,
                problem.Arguments.Cast<object>().ToArray()));
        }
    }

    private static DiagnosticDescriptor DescriptorOf(ModelRule rule) => Descriptors.GetOrAdd(rule.Id, _ => new DiagnosticDescriptor(
#pragma warning disable RS2008 // release tracking is kept by the analyzer assembly, which declares every model rule
        rule.Id, rule.Title, rule.MessageFormat, rule.Category,
#pragma warning restore RS2008
        rule.Severity == ModelSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: rule.HelpLink));

    /// <summary>Clamped to the text, so a span at its very end can never point past it.</summary>
    private static Location LocationOf(string path, int textLength, ModelSpan span)
    {
        ModelSpan clamped = span.ClampedTo(textLength);
        var lines = new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn));
        return Location.Create(path, TextSpan.FromBounds(clamped.Start, clamped.End), lines);
    }
}
