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
        => From(displayPath, ModelReader.Read(new[] { new ModelSource(displayPath, text) }), error);

    /// <summary>A model read from one or more files (<c>--one-model</c>), shown under the name <paramref name="displayPath"/>.</summary>
    public static LoadedModel? From(string displayPath, ModelReadResult result, TextWriter error)
    {
        foreach (ModelDiagnostic diagnostic in result.Diagnostics)
        {
            error.WriteLine(ReportedDiagnostic.From(diagnostic, warningsAsErrors: false).ToMSBuildLine(result.PathOf(diagnostic.Span, displayPath)));
        }

        if (result.HasErrors || result.Model is null)
        {
            error.WriteLine($"sor: '{displayPath}' has errors; fix them first ({ModelGroups.CheckCommand(result.Sources.Select(s => s.Path).ToList())}).");
            return null;
        }

        return new LoadedModel(displayPath, result.Model);
    }

    /// <summary>
    /// Every named (or found) model, or null when one cannot be read (exit code in <paramref name="exitCode"/>).
    /// With <paramref name="oneModel"/>, the named files and folders are the parts of one model, shown under the
    /// names given on the command line.
    /// </summary>
    public static List<LoadedModel>? All(IReadOnlyList<string> named, string workingDirectory, TextWriter error, out int exitCode, bool oneModel = false)
    {
        IReadOnlyList<string>? paths = oneModel && named.Count > 0
            ? ModelFiles.Expand(named, workingDirectory, error)
            : ModelFiles.NamedOrFound(named, workingDirectory);
        exitCode = ExitCodes.Success;
        if (paths is null || paths.Count == 0)
        {
            if (paths is not null)
            {
                error.WriteLine($"sor: no {ModelFiles.Pattern} file under {workingDirectory}; name the models.");
            }

            exitCode = ExitCodes.UsageError;
            return null;
        }

        if (oneModel)
        {
            ModelReadResult? result = ModelGroups.Read(paths, workingDirectory, error);
            if (result is null)
            {
                exitCode = ExitCodes.UsageError;
                return null;
            }

            string shown = named.Count > 0 ? string.Join(" + ", named.Select(ModelFiles.Portable)) : ".";
            if (From(shown, result, error) is LoadedModel whole)
            {
                return new List<LoadedModel> { whole };
            }

            exitCode = ExitCodes.ModelErrors;
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
