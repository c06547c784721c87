using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Naming;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.Cli;

/// <summary>`sor explain model Entity.Field`: who owns the field, who holds copies and through which flow.</summary>
public static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var modelPath = new Argument<string>("model") { Description = "The ownership model (*.sor.yaml)." };
        var fieldKey = new Argument<string>("field") { Description = "The field, as Entity.Field (for example Account.Arr)." };
        var command = new Command("explain", "Explain who owns a field, which systems hold it, and how copies flow.")
        {
            modelPath, fieldKey,
        };
        command.SetAction(parse => Execute(parse.GetValue(modelPath)!, parse.GetValue(fieldKey)!, output, error, workingDirectory));
        return command;
    }

    private static int Execute(string path, string key, TextWriter output, TextWriter error, string workingDirectory)
    {
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(workingDirectory, path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"sor: cannot read '{path}': {ex.Message}");
            return ExitCodes.UsageError;
        }

        ModelReadResult result = ModelReader.Read(text);
        if (result.Model is not OwnershipModel model)
        {
            foreach (ModelDiagnostic diagnostic in result.Diagnostics)
            {
                error.WriteLine(ReportedDiagnostic.From(diagnostic, warningsAsErrors: false).ToMSBuildLine(path));
            }

            error.WriteLine($"sor: '{path}' could not be read as a model; nothing to explain.");
            return ExitCodes.ModelErrors;
        }

        if (result.HasErrors)
        {
            // The valid parts still answer the question; say the answer may be incomplete.
            error.WriteLine($"sor: '{path}' has errors (run 'sor check {path}'); broken parts are left out below.");
        }

        if (model.FindField(key) is not FieldDefinition field)
        {
            string? nearest = NearestName.Find(key, model.AllFields.Select(f => f.Key));
            error.WriteLine($"sor: '{path}' has no field '{key}'{NearestName.Hint(nearest)}.");
            return ExitCodes.ModelErrors;
        }

        FieldExplanation.Write(model, field, output);
        return ExitCodes.Success;
    }
}
