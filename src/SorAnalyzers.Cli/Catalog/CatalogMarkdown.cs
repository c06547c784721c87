using System.Collections.Generic;
using System.Linq;
using System.Text;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.Cli.Catalog;

/// <summary>
/// The catalog as Markdown, for a repository to commit and review: per model its systems with their
/// owners, the ownership matrix (entity × field → owner and the systems holding copies), the data movement
/// rules and a Mermaid diagram. Only model order and fixed text: the same model always gives the same bytes.
/// </summary>
public static class CatalogMarkdown
{
    public static string Write(IReadOnlyList<LoadedModel> models)
    {
        var lines = new List<string>();
        foreach (LoadedModel loaded in models)
        {
            if (lines.Count > 0)
            {
                lines.Add(string.Empty);
            }

            Model(loaded, lines);
        }

        return string.Join("\n", lines) + "\n";
    }

    private static void Model(LoadedModel loaded, List<string> lines)
    {
        OwnershipModel model = loaded.Model;
        lines.Add($"# {MarkdownText.Cell(model.Name ?? ModelFiles.Portable(loaded.DisplayPath))}");
        lines.Add(string.Empty);
        var about = new StringBuilder($"System-of-record catalog of {MarkdownText.Code(ModelFiles.Portable(loaded.DisplayPath))}");
        if (!string.IsNullOrWhiteSpace(model.Version))
        {
            about.Append($", version {MarkdownText.Cell(model.Version)}");
        }

        if (!string.IsNullOrWhiteSpace(model.Namespace))
        {
            about.Append($", namespace {MarkdownText.Code(model.Namespace!)}");
        }

        lines.Add(about + ". Written by `sor catalog`: change the model, not this file.");
        Systems(model, lines);
        Matrix(model, lines);
        Flows(model, lines);
        Diagram(model, lines);
    }

    private static void Systems(OwnershipModel model, List<string> lines)
    {
        lines.Add(string.Empty);
        lines.Add("## Systems");
        lines.Add(string.Empty);
        lines.Add("| system | title | business owner | technical owner | owns | holds copies of | notes |");
        lines.Add("|---|---|---|---|---:|---:|---|");
        foreach (SystemDefinition system in model.Systems)
        {
            int owned = model.AllFields.Count(f => f.Owner == system.Id);
            int copies = model.AllFields.Count(f => f.Owner != system.Id && model.Holds(system.Id, f.Key));
            var notes = new List<string>();
            if (system.ReadOnly)
            {
                notes.Add("read-only");
            }

            if (!string.IsNullOrWhiteSpace(system.Description))
            {
                notes.Add(MarkdownText.Cell(system.Description));
            }

            lines.Add($"| {MarkdownText.Code(system.Id)} | {MarkdownText.Cell(system.Title)} | {MarkdownText.Cell(system.BusinessOwner)} | "
                + $"{MarkdownText.Cell(system.TechnicalOwner)} | {Fields(owned)} | {Fields(copies)} | {(notes.Count == 0 ? "–" : string.Join("; ", notes))} |");
        }
    }

    private static void Matrix(OwnershipModel model, List<string> lines)
    {
        lines.Add(string.Empty);
        lines.Add("## Ownership matrix");
        lines.Add(string.Empty);
        lines.Add("**owner**: the system of record, the only one that may change the field. A flow id: the system holds a read-only copy delivered by that flow.");
        string header = "| field | type | flags | " + string.Join(" | ", model.Systems.Select(s => MarkdownText.Code(s.Id))) + " |";
        string rule = "|---|---|---|" + string.Concat(model.Systems.Select(_ => "---|"));
        foreach (EntityDefinition entity in model.Entities)
        {
            lines.Add(string.Empty);
            lines.Add($"### {MarkdownText.Cell(entity.Name)}");
            lines.Add(string.Empty);
            if (!string.IsNullOrWhiteSpace(entity.Description))
            {
                lines.Add(MarkdownText.Cell(entity.Description));
                lines.Add(string.Empty);
            }

            lines.Add(header);
            lines.Add(rule);
            foreach (FieldDefinition field in entity.Fields)
            {
                var cells = model.Systems.Select(s => Holding(model, s, field));
                lines.Add($"| {MarkdownText.Code(field.Name)} | {TypeText(field)} | {Flags(field)} | {string.Join(" | ", cells)} |");
            }
        }
    }

    private static string Holding(OwnershipModel model, SystemDefinition system, FieldDefinition field)
    {
        if (field.Owner == system.Id)
        {
            return "**owner**";
        }

        return model.HoldingOf(system.Id, field.Key)?.ViaFlow is string via ? MarkdownText.Code(via) : string.Empty;
    }

    private static void Flows(OwnershipModel model, List<string> lines)
    {
        lines.Add(string.Empty);
        lines.Add("## Data movement rules");
        lines.Add(string.Empty);
        if (model.Flows.Count == 0)
        {
            lines.Add("The model declares no flows: no field is copied between systems.");
            return;
        }

        lines.Add("| flow | source | target | fields | frequency | conflict rule | error owner | impact | notes |");
        lines.Add("|---|---|---|---|---|---|---|---|---|");
        foreach (FlowDefinition flow in model.Flows)
        {
            string fields = flow.Carried.Count == 0 ? "none" : string.Join(", ", flow.Carried.Select(MarkdownText.Code));
            var wildcards = flow.Fields.Where(f => f.IsWildcard).Select(f => MarkdownText.Code(f.Text)).ToList();
            if (wildcards.Count > 0)
            {
                fields += $" (from {string.Join(", ", wildcards)})";
            }

            lines.Add($"| {MarkdownText.Code(flow.Id)} | {MarkdownText.Code(flow.From)} | {MarkdownText.Code(flow.To)} | {fields} | "
                + $"{MarkdownText.Cell(flow.Frequency)} | {ConflictRuleNames.Of(flow.Conflict)} | {MarkdownText.Cell(flow.ErrorOwner)} | "
                + $"{MarkdownText.Cell(flow.Impact)} | {MarkdownText.Cell(flow.Description)} |");
        }
    }

    private static void Diagram(OwnershipModel model, List<string> lines)
    {
        lines.Add(string.Empty);
        lines.Add("## Diagram");
        lines.Add(string.Empty);
        lines.Add("Solid arrows copy (the owner's value wins); dashed arrows only fill a blank (targetIfBlank).");
        lines.Add(string.Empty);
        lines.Add("```mermaid");
        lines.AddRange(MermaidDiagram.Lines(model));
        lines.Add("```");
    }

    private static string TypeText(FieldDefinition field)
        => field.Type == FieldType.Enum
            ? "enum: " + string.Join(", ", field.EnumValues.Select(MarkdownText.Cell))
            : FieldTypes.Name(field.Type);

    private static string Flags(FieldDefinition field)
    {
        var flags = new List<string>();
        if (field.Required)
        {
            flags.Add("required");
        }

        if (field.Pii)
        {
            flags.Add("pii");
        }

        if (field.Immutable)
        {
            flags.Add("immutable");
        }

        if (field.Deprecated is not null)
        {
            flags.Add("deprecated: " + MarkdownText.Cell(field.Deprecated));
        }

        return flags.Count == 0 ? "–" : string.Join(", ", flags);
    }

    private static string Fields(int n) => n == 0 ? "–" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
