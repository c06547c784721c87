using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Naming;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.Cli;

/// <summary>
/// `sor explain models… Entity.Field`: who owns the field, who holds copies and through which flow.
/// The models may be files or folders (every model below them); each model that declares the field is
/// explained, under its path when there are several.
/// </summary>
public static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        // One list, the field last: System.CommandLine gives a variadic argument every token, leaving none for a field after it.
        var arguments = new Argument<string[]>("models-and-field")
        {
            Description = $"The ownership models ({ModelFiles.Pattern} files, or folders: every {ModelFiles.Pattern} below them, bin/ and obj/ excluded), then the field as Entity.Field (for example Account.Arr).",
            Arity = new ArgumentArity(2, 100_000),
        };
        var oneModel = ModelGroups.OneModelOption();
        var command = new Command("explain", "Explain who owns a field, which systems hold it, and how copies flow.")
        {
            arguments, oneModel,
        };
        command.SetAction(parse =>
        {
            string[] values = parse.GetValue(arguments)!;
            return Execute(values[..^1], values[^1], parse.GetValue(oneModel), output, error, workingDirectory);
        });
        return command;
    }

    private static int Execute(string[] named, string key, bool oneModel, TextWriter output, TextWriter error, string workingDirectory)
    {
        List<string>? paths = ModelFiles.Expand(named, workingDirectory, error);
        if (paths is null)
        {
            return ExitCodes.UsageError;
        }

        var readable = new List<(string Path, OwnershipModel Model)>();
        bool unreadable = false;
        bool broken = false;
        IReadOnlyList<IReadOnlyList<string>> models = ModelGroups.Of(paths, oneModel);
        foreach (IReadOnlyList<string> files in models)
        {
            string path = ModelGroups.Describe(files);
            switch (Read(files, error, workingDirectory))
            {
                case null:
                    unreadable = true;
                    break;
                case { Model: null }:
                    broken = true;
                    break;
                case { Model: OwnershipModel model }:
                    readable.Add((path, model));
                    break;
            }
        }

        if (unreadable)
        {
            return ExitCodes.UsageError;
        }

        var declaring = readable.Where(r => r.Model.FindField(key) is not null).ToList();
        if (declaring.Count == 0)
        {
            if (readable.Count > 0)
            {
                string? nearest = NearestName.Find(key, readable.SelectMany(r => r.Model.AllFields.Select(f => f.Key)).Distinct());
                string missing = models.Count == 1 ? $"'{ModelGroups.Describe(models[0])}' has no field" : $"none of the {models.Count} models has a field";
                error.WriteLine($"sor: {missing} '{key}'{NearestName.Hint(nearest)}.");
            }

            return ExitCodes.ModelErrors;
        }

        foreach ((string path, OwnershipModel model) in declaring)
        {
            if (declaring.Count > 1)
            {
                output.WriteLine($"{path}:");
            }

            FieldExplanation.Write(model, model.FindField(key)!, output);
        }

        return broken ? ExitCodes.ModelErrors : ExitCodes.Success;
    }

    /// <summary>The model read from <paramref name="files"/>, its problems told on <paramref name="error"/>; null when a file cannot be read.</summary>
    private static ModelReadResult? Read(IReadOnlyList<string> files, TextWriter error, string workingDirectory)
    {
        if (ModelGroups.Read(files, workingDirectory, error) is not { } result)
        {
            return null;
        }

        string path = ModelGroups.Describe(files);
        if (result.Model is null)
        {
            foreach (ModelDiagnostic diagnostic in result.Diagnostics)
            {
                error.WriteLine(ReportedDiagnostic.From(diagnostic, warningsAsErrors: false).ToMSBuildLine(result.PathOf(diagnostic.Span, path)));
            }

            error.WriteLine($"sor: '{path}' could not be read as a model; nothing to explain.");
        }
        else if (result.HasErrors)
        {
            // The valid parts still answer the question; say the answer may be incomplete.
            error.WriteLine($"sor: '{path}' has errors (run '{ModelGroups.CheckCommand(files)}'); broken parts are left out below.");
        }

        return result;
    }
}
