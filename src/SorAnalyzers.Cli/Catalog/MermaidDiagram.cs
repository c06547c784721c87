using System.Collections.Generic;
using System.Linq;
using System.Text;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.Cli.Catalog;

/// <summary>
/// A Mermaid flowchart of the systems and the flows between them: a node per system (id, title, and
/// "read-only" for a reporting layer), an arrow per flow labelled with its id, field count, frequency and
/// conflict rule. Node ids are derived from system ids with a prefix, so a system called <c>end</c> or
/// <c>graph</c> does not meet Mermaid's keywords; every label is quoted and escaped with Mermaid's entity codes.
/// </summary>
public static class MermaidDiagram
{
    public static IEnumerable<string> Lines(OwnershipModel model)
    {
        yield return "flowchart LR";
        foreach (SystemDefinition system in model.Systems)
        {
            var label = new List<string> { system.Id };
            if (!string.IsNullOrWhiteSpace(system.Title))
            {
                label.Add(system.Title!);
            }

            if (system.ReadOnly)
            {
                label.Add("read-only");
            }

            yield return $"    {NodeId(system.Id)}[\"{string.Join("<br/>", label.Select(Escape))}\"]";
        }

        foreach (FlowDefinition flow in model.Flows)
        {
            string arrow = flow.Conflict == ConflictRule.TargetIfBlank ? "-.->" : "-->";
            var parts = new List<string> { flow.Id, Count(flow.Carried.Count, "field") };
            if (!string.IsNullOrWhiteSpace(flow.Frequency))
            {
                parts.Add(flow.Frequency!);
            }

            parts.Add(ConflictRuleNames.Of(flow.Conflict));
            yield return $"    {NodeId(flow.From)} {arrow}|\"{string.Join("<br/>", parts.Select(Escape))}\"| {NodeId(flow.To)}";
        }
    }

    // System ids match ^[a-z][a-z0-9-]*$; '-' would read as part of an arrow, '_' never occurs in an id.
    private static string NodeId(string systemId) => "sys_" + systemId.Replace('-', '_');

    /// <summary>Inside a quoted label: Mermaid's entity codes for the characters that end or mark up a label.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in MarkdownText.OneLine(text))
        {
            builder.Append(c switch
            {
                '"' => "#quot;",
                '#' => "#35;",
                '<' => "#lt;",
                '>' => "#gt;",
                '&' => "#amp;",
                '|' => "#124;",
                '`' => "#96;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
