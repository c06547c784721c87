using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Cli.Catalog;
using SorAnalyzers.Model.Changes;

namespace SorAnalyzers.Cli.Diff;

/// <summary>The review of model changes as Markdown for a pull-request comment: the verdict first, then breaking changes with the generated code they affect, warnings, info.</summary>
public static class DiffMarkdown
{
    public static string Write(IReadOnlyList<ModelDiff> diffs)
    {
        var lines = new List<string> { "# Ownership model changes", string.Empty };
        if (diffs.Count == 0)
        {
            lines.Add("No model to compare.");
        }

        foreach (ModelDiff diff in diffs)
        {
            Model(diff, lines);
        }

        return string.Join("\n", lines).TrimEnd('\n') + "\n";
    }

    private static void Model(ModelDiff diff, List<string> lines)
    {
        lines.Add($"## {MarkdownText.Code(ModelFiles.Portable(diff.DisplayPath))}");
        lines.Add(string.Empty);
        if (diff.Changes.Count == 0)
        {
            lines.Add("No changes.");
            lines.Add(string.Empty);
            return;
        }

        lines.Add($"{Count(diff.Count(ChangeSeverity.Breaking), "breaking change")}, {Count(diff.Count(ChangeSeverity.Warning), "warning")}, {Count(diff.Count(ChangeSeverity.Info), "info change")}.");
        lines.Add(string.Empty);
        lines.Add(Verdict(diff));
        lines.Add(string.Empty);
        if (!string.IsNullOrEmpty(diff.Namespace) && diff.Changes.Any(c => c.Affected.Count > 0))
        {
            lines.Add($"Generated members are named relative to the namespace {MarkdownText.Code(diff.Namespace!)}.");
            lines.Add(string.Empty);
        }

        Breaking(diff.Changes.Where(c => c.Severity == ChangeSeverity.Breaking).ToList(), lines);
        List(":warning: Warnings", diff.Changes.Where(c => c.Severity == ChangeSeverity.Warning).ToList(), lines);
        List("Info", diff.Changes.Where(c => c.Severity == ChangeSeverity.Info).ToList(), lines);
    }

    private static string Verdict(ModelDiff diff)
    {
        string version = $"version {MarkdownText.Cell(diff.OldVersion ?? "(none)")} → {MarkdownText.Cell(diff.NewVersion ?? "(none)")}";
        if (!diff.HasBreaking)
        {
            return $"**Passes**: no breaking change ({version}).";
        }

        return diff.MajorRaised
            ? $"**Passes**: the breaking changes are announced by a new major version ({version})."
            : $"**Fails**: breaking changes need a new major version ({version}; raise it to {MarkdownText.Cell(diff.NextMajor)} once the owners and the teams whose code is affected have agreed).";
    }

    private static void Breaking(List<ModelChange> changes, List<string> lines)
    {
        if (changes.Count == 0)
        {
            return;
        }

        lines.Add("### :x: Breaking");
        lines.Add(string.Empty);
        lines.Add("| change | line | generated API affected | code affected |");
        lines.Add("|---|---:|---|---|");
        foreach (ModelChange change in changes)
        {
            string affected = change.Affected.Count == 0
                ? "–"
                : string.Join("<br>", change.Affected.Select(a => $"{MarkdownText.Code(a.Name)} {MarkdownText.Cell(a.Effect)}"));
            lines.Add($"| {MarkdownText.Cell(change.Message)} | {Line(change)} | {affected} | {MarkdownText.Cell(change.Code)} |");
        }

        lines.Add(string.Empty);
    }

    private static void List(string title, List<ModelChange> changes, List<string> lines)
    {
        if (changes.Count == 0)
        {
            return;
        }

        lines.Add($"### {title}");
        lines.Add(string.Empty);
        foreach (ModelChange change in changes)
        {
            string where = change.Span is null ? string.Empty : $" (line {change.Span.Value.DisplayLine})";
            string affected = change.Affected.Count == 0 ? string.Empty : ": " + string.Join(", ", change.Affected.Select(a => $"{MarkdownText.Code(a.Name)} {MarkdownText.Cell(a.Effect)}"));
            lines.Add($"- {MarkdownText.Cell(change.Message)}{where}{affected}");
        }

        lines.Add(string.Empty);
    }

    private static string Line(ModelChange change) => change.Span is null ? "–" : change.Span.Value.DisplayLine.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
