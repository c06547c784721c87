using System.Collections.Generic;
using System.IO;
using System.Linq;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.Cli;

/// <summary>A model read for a command that needs a whole, valid model (catalog, diff): its path as shown, and the model.</summary>
public sealed record LoadedModel(string DisplayPath, OwnershipModel Model)
{
    /// <summary>
    /// Reads a model text. A model with errors gives no model: its diagnostics go to <paramref name="error"/>
    /// (a catalog or a review of a broken model would describe something the build rejects). Warnings are
    /// printed and the model is used.
    /// </summary>
    public static LoadedModel? From(string displayPath, string text, TextWriter error)
    {
        ModelReadResult result = ModelReader.Read(text);
        foreach (ModelDiagnostic diagnostic in result.Diagnostics)
        {
            error.WriteLine(ReportedDiagnostic.From(diagnostic, warningsAsErrors: false).ToMSBuildLine(displayPath));
        }

        if (result.HasErrors || result.Model is null)
        {
            error.WriteLine($"sor: '{displayPath}' has errors; fix them first (sor check {displayPath}).");
            return null;
        }

        return new LoadedModel(displayPath, result.Model);
    }

    /// <summary>Every named (or found) model, or null when one cannot be read (exit code in <paramref name="exitCode"/>).</summary>
    public static List<LoadedModel>? All(IReadOnlyList<string> named, string workingDirectory, TextWriter error, out int exitCode)
    {
        IReadOnlyList<string> paths = ModelFiles.NamedOrFound(named, workingDirectory);
        exitCode = ExitCodes.Success;
        if (paths.Count == 0)
        {
            error.WriteLine($"sor: no {ModelFiles.Pattern} file under {workingDirectory}; name the models.");
            exitCode = ExitCodes.UsageError;
            return null;
        }

        var models = new List<LoadedModel>();
        foreach (string path in paths)
        {
            string? text = ModelFiles.TryRead(path, workingDirectory, error);
            if (text is null)
            {
                exitCode = ExitCodes.UsageError;
                continue;
            }

            if (From(path, text, error) is LoadedModel model)
            {
                models.Add(model);
            }
            else if (exitCode == ExitCodes.Success)
            {
                exitCode = ExitCodes.ModelErrors;
            }
        }

        return exitCode == ExitCodes.Success ? models : null;
    }
}
