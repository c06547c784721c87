using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using SorAnalyzers.Cli.Catalog;

namespace SorAnalyzers.Cli;

/// <summary>`sor catalog [models…]`: the system-of-record catalog as Markdown (with a Mermaid diagram) or JSON.</summary>
public static class CatalogCommand
{
    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var files = ModelArguments.Files("models", $"Models to catalog (default: every {ModelFiles.Pattern} under the current directory).");
        var format = ModelArguments.Format("markdown (systems, ownership matrix, data movement rules, Mermaid diagram) or json.", "markdown", "json");
        var outputFile = ModelArguments.Output("Write the catalog to this file instead of standard output.");
        var oneModel = ModelGroups.OneModelOption();
        var command = new Command("catalog", "Write the system-of-record catalog: systems and owners, who holds each field, and the data movement rules.")
        {
            files, format, outputFile, oneModel,
        };
        command.SetAction(parse => Execute(parse.GetValue(files) ?? Array.Empty<string>(), parse.GetValue(format) ?? "markdown", parse.GetValue(outputFile), parse.GetValue(oneModel), output, error, workingDirectory));
        return command;
    }

    private static int Execute(string[] named, string format, string? outputFile, bool oneModel, TextWriter output, TextWriter error, string workingDirectory)
    {
        List<LoadedModel>? models = LoadedModel.All(named, workingDirectory, error, out int exitCode, oneModel);
        if (models is null)
        {
            return exitCode;
        }

        string text = format == "json" ? CatalogJson.Write(models) : CatalogMarkdown.Write(models);
        if (outputFile is null)
        {
            output.Write(text);
            return ExitCodes.Success;
        }

        return ModelFiles.TryWrite(outputFile, workingDirectory, text, error) ? ExitCodes.Success : ExitCodes.UsageError;
    }
}
