using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.Cli;

/// <summary>`sor check [files or folders…]`: reads each model (or, with --one-model, all files as one) and reports every diagnostic at its file, as text or SARIF.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var files = ModelArguments.Files("files", $"Model files or folders to check (a folder: every {ModelFiles.Pattern} below it; default: the current directory), bin/ and obj/ excluded.");
        var format = ModelArguments.Format("text (MSBuild-style lines), github (GitHub Actions annotations) or sarif (SARIF 2.1.0).", "text", "github", "sarif");
        var outputFile = ModelArguments.Output("Write the SARIF log to this file instead of standard output.");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Report warnings as errors and fail on them.",
        };

        var oneModel = ModelGroups.OneModelOption();

        var command = new Command("check", "Check ownership models and report every problem at its line.")
        {
            files, format, outputFile, warningsAsErrors, oneModel,
        };
        command.SetAction(parse => new CheckRun(output, error, workingDirectory).Execute(
            parse.GetValue(files) ?? Array.Empty<string>(),
            parse.GetValue(format) ?? "text",
            parse.GetValue(outputFile),
            parse.GetValue(warningsAsErrors),
            parse.GetValue(oneModel)));
        return command;
    }

    private sealed class CheckRun(TextWriter output, TextWriter error, string workingDirectory)
    {
        public int Execute(string[] named, string format, string? sarifFile, bool warningsAsErrors, bool oneModel)
        {
            bool sarif = format == "sarif";
            if (sarifFile is not null && !sarif)
            {
                error.WriteLine("sor: --output is only used with --format sarif.");
                return ExitCodes.UsageError;
            }

            IReadOnlyList<string>? paths = named.Length > 0
                ? ModelFiles.Expand(named, workingDirectory, error)
                : ModelFiles.Under(workingDirectory).Select(p => Path.GetRelativePath(workingDirectory, p)).ToList();
            if (paths is null)
            {
                return ExitCodes.UsageError;
            }

            if (paths.Count == 0)
            {
                error.WriteLine($"sor: no {ModelFiles.Pattern} file under {workingDirectory}; name the models to check.");
                return ExitCodes.UsageError;
            }

            bool unreadable = false;
            var checkedModels = new List<CheckedModel>();
            int modelsRead = 0;
            foreach (IReadOnlyList<string> model in ModelGroups.Of(paths, oneModel))
            {
                if (ModelGroups.Read(model, workingDirectory, error) is not { } result)
                {
                    unreadable = true;
                    continue;
                }

                modelsRead++;

                // One entry per file, with the diagnostics in it: each is reported at its own file.
                for (int source = 0; source < result.Sources.Count; source++)
                {
                    checkedModels.Add(new CheckedModel(
                        result.Sources[source].Path,
                        result.Diagnostics.Where(d => d.Span.Source == source).Select(d => ReportedDiagnostic.From(d, warningsAsErrors)).ToList()));
                }
            }

            // Text lines go to standard output unless it carries the SARIF log, so CI still annotates with --output.
            bool sarifOnStdout = sarif && sarifFile is null;
            TextWriter report = sarifOnStdout ? error : output;
            if (!sarifOnStdout)
            {
                foreach (CheckedModel model in checkedModels)
                {
                    foreach (ReportedDiagnostic diagnostic in model.Diagnostics)
                    {
                        output.WriteLine(format == "github" ? diagnostic.ToGitHubAnnotation(model.DisplayPath) : diagnostic.ToMSBuildLine(model.DisplayPath));
                    }
                }
            }

            if (sarif && !WriteSarif(checkedModels, sarifFile))
            {
                return ExitCodes.UsageError;
            }

            int errors = checkedModels.Sum(m => m.Errors);
            report.WriteLine(Summary(modelsRead, checkedModels.Count, errors, checkedModels.Sum(m => m.Warnings)));
            return unreadable ? ExitCodes.UsageError : errors > 0 ? ExitCodes.ModelErrors : ExitCodes.Success;
        }

        private bool WriteSarif(List<CheckedModel> checkedModels, string? sarifFile)
        {
            string json = SarifLog.Write(checkedModels);
            if (sarifFile is null)
            {
                output.WriteLine(json);
                return true;
            }

            return ModelFiles.TryWrite(sarifFile, workingDirectory, json + Environment.NewLine, error);
        }

        private static string Summary(int models, int files, int errors, int warnings)
            => $"Checked {Count(models, "model")}{(files > models ? $" in {Count(files, "file")}" : "")}: {Count(errors, "error")}, {Count(warnings, "warning")}.";

        private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
    }
}
