using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Cli;

/// <summary>
/// A SARIF 2.1.0 log of a check, for code-scanning uploads. Built by hand (there is no SARIF package here):
/// one run, every model rule in the driver so a result's ruleIndex is stable, one result per diagnostic.
/// </summary>
public static class SarifLog
{
    public const string Version = "2.1.0";

    private const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(IEnumerable<CheckedModel> models)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var rules = new JsonArray();
        foreach (ModelRule rule in ModelRules.All)
        {
            ruleIndex[rule.Id] = rules.Count;
            rules.Add(Rule(rule));
        }

        var results = new JsonArray();
        foreach (CheckedModel model in models)
        {
            foreach (ReportedDiagnostic reported in model.Diagnostics)
            {
                results.Add(Result(reported, model.DisplayPath, ruleIndex.TryGetValue(reported.Diagnostic.Id, out int index) ? index : -1));
            }
        }

        var log = new JsonObject
        {
            ["$schema"] = Schema,
            ["version"] = Version,
            ["runs"] = new JsonArray
            {
                new JsonObject
                {
                    ["tool"] = new JsonObject
                    {
                        ["driver"] = new JsonObject
                        {
                            ["name"] = "sor",
                            ["semanticVersion"] = ToolVersion.Current,
                            ["informationUri"] = "https://github.com/soranalyzers/soranalyzers/blob/main/docs/cli.md",
                            ["rules"] = rules,
                        },
                    },
                    ["columnKind"] = "utf16CodeUnits",
                    ["results"] = results,
                },
            },
        };
        return log.ToJsonString(Indented);
    }

    private static JsonObject Rule(ModelRule rule) => new()
    {
        ["id"] = rule.Id,
        ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
        ["helpUri"] = rule.HelpLink,
        ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule.Severity) },
        ["properties"] = new JsonObject { ["category"] = rule.Category },
    };

    private static JsonObject Result(ReportedDiagnostic reported, string path, int ruleIndex)
    {
        ModelDiagnostic diagnostic = reported.Diagnostic;
        var result = new JsonObject
        {
            ["ruleId"] = diagnostic.Id,
            ["level"] = Level(reported.Severity),
            ["message"] = new JsonObject { ["text"] = diagnostic.Message },
            ["locations"] = new JsonArray { Location(path, diagnostic.Span) },
        };
        if (ruleIndex >= 0)
        {
            result["ruleIndex"] = ruleIndex;
        }

        if (diagnostic.RelatedSpan is ModelSpan first)
        {
            JsonObject related = Location(path, first);
            related["id"] = 0;
            related["message"] = new JsonObject { ["text"] = "First declared here." };
            result["relatedLocations"] = new JsonArray { related };
        }

        return result;
    }

    private static JsonObject Location(string path, ModelSpan span)
    {
        // SARIF lines and columns are 1-based; a file-level diagnostic (no span) lands on line 1, column 1.
        var region = new JsonObject
        {
            ["startLine"] = span.DisplayLine,
            ["startColumn"] = span.DisplayColumn,
        };
        if (span.Length > 0)
        {
            region["endLine"] = span.EndLine + 1;
            region["endColumn"] = span.EndColumn + 1;
        }

        return new JsonObject
        {
            ["physicalLocation"] = new JsonObject
            {
                ["artifactLocation"] = new JsonObject { ["uri"] = ArtifactUri(path) },
                ["region"] = region,
            },
        };
    }

    /// <summary>An absolute path becomes a file: URI; a relative one stays relative (to where the check ran), with '/' separators.</summary>
    private static string ArtifactUri(string path)
        => Path.IsPathRooted(path)
            ? new Uri(Path.GetFullPath(path)).AbsoluteUri
            : string.Join("/", path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));

    private static string Level(ModelSeverity severity) => severity switch
    {
        ModelSeverity.Error => "error",
        ModelSeverity.Warning => "warning",
        _ => "note",
    };
}
