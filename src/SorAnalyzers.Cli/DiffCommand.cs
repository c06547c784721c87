using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using SorAnalyzers.Cli.Diff;
using SorAnalyzers.Model.Changes;
using SorAnalyzers.Model.Diagnostics;

namespace SorAnalyzers.Cli;

/// <summary>
/// `sor diff old.sor.yaml new.sor.yaml` or `sor diff --base origin/main [models…]`: every change between two
/// versions of a model, classified breaking / warning / info, with the generated members each breaking change
/// affects. Exits 1 on a breaking change unless the model's version raised its major number.
/// </summary>
public static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var files = ModelArguments.Files("models", "Without --base: the old and the new model. With --base: the models to compare (default: every model under the current directory).");
        var baseRevision = new Option<string?>("--base")
        {
            Description = "Compare each model with its version at this git revision (a branch, tag or commit, e.g. origin/main).",
        };
        var format = ModelArguments.Format("markdown (a pull-request comment) or github (GitHub Actions annotations on the new model's lines).", "markdown", "github");
        var outputFile = ModelArguments.Output("Write the report to this file instead of standard output.");
        var command = new Command("diff", "Review the changes between two versions of a model: breaking, warning, info, and the generated code they affect.")
        {
            files, baseRevision, format, outputFile,
        };
        command.SetAction(parse => new DiffRun(output, error, workingDirectory).Execute(
            parse.GetValue(files) ?? Array.Empty<string>(), parse.GetValue(baseRevision), parse.GetValue(format) ?? "markdown", parse.GetValue(outputFile)));
        return command;
    }

    private sealed class DiffRun(TextWriter output, TextWriter error, string workingDirectory)
    {
        private int _exitCode = ExitCodes.Success;

        public int Execute(string[] named, string? baseRevision, string format, string? outputFile)
        {
            List<ModelDiff>? diffs = baseRevision is null ? CompareFiles(named) : CompareWithRevision(baseRevision, named);
            if (diffs is null)
            {
                return _exitCode == ExitCodes.Success ? ExitCodes.UsageError : _exitCode;
            }

            string report = format == "github" ? GitHub(diffs) : DiffMarkdown.Write(diffs);
            if (outputFile is null)
            {
                output.Write(report);
            }
            else if (!ModelFiles.TryWrite(outputFile, workingDirectory, report, error))
            {
                return ExitCodes.UsageError;
            }

            foreach (ModelDiff diff in diffs.Where(d => d.Fails))
            {
                error.WriteLine($"sor: {diff.DisplayPath} has {diff.Count(ChangeSeverity.Breaking)} breaking change(s) and its version's major number did not go up ({diff.OldVersion ?? "(none)"} → {diff.NewVersion ?? "(none)"}).");
            }

            if (_exitCode != ExitCodes.Success)
            {
                return _exitCode;
            }

            return diffs.Any(d => d.Fails) ? ExitCodes.ModelErrors : ExitCodes.Success;
        }

        private List<ModelDiff>? CompareFiles(string[] named)
        {
            if (named.Length != 2)
            {
                error.WriteLine("sor: diff takes two models (old and new), or --base <revision> and the models to compare.");
                error.WriteLine("Run 'sor diff --help' for usage.");
                return null;
            }

            string? oldText = ModelFiles.TryRead(named[0], workingDirectory, error);
            string? newText = ModelFiles.TryRead(named[1], workingDirectory, error);
            if (oldText is null || newText is null)
            {
                return null;
            }

            ModelDiff? diff = Compare(named[0], oldText, named[1], newText);
            return diff is null ? null : new List<ModelDiff> { diff };
        }

        private List<ModelDiff>? CompareWithRevision(string revision, string[] named)
        {
            GitRevision? git = GitRevision.Open(revision, workingDirectory, error);
            if (git is null)
            {
                return null;
            }

            var paths = named.Length > 0 ? named.ToList() : ModelFiles.NamedOrFound(named, workingDirectory).ToList();
            var diffs = new List<ModelDiff>();
            foreach (string path in paths)
            {
                string? newText = ModelFiles.TryRead(path, workingDirectory, error);
                if (newText is null)
                {
                    _exitCode = ExitCodes.UsageError;
                    continue;
                }

                string? oldText = git.Read(RelativeToWorkingDirectory(path));
                if (oldText is null)
                {
                    if (LoadedModel.From(path, newText, error) is LoadedModel added)
                    {
                        diffs.Add(new ModelDiff(path, added.Model.Namespace, null, added.Model.Version, new[]
                        {
                            new ModelChange(ChangeSeverity.Info, "model-added", path, $"New model (not in {revision})", null, Array.Empty<AffectedMember>()),
                        }));
                    }
                    else
                    {
                        _exitCode = ExitCodes.ModelErrors;
                    }

                    continue;
                }

                if (Compare($"{revision}:{ModelFiles.Portable(path)}", oldText, path, newText) is ModelDiff diff)
                {
                    diffs.Add(diff);
                }
            }

            if (named.Length == 0)
            {
                // A model deleted since the base: everything generated from it goes.
                var current = new HashSet<string>(paths.Select(ModelFiles.Portable), StringComparer.Ordinal);
                foreach (string gone in git.ModelPaths().Where(p => !current.Contains(p)))
                {
                    diffs.Add(new ModelDiff(gone, null, null, null, new[]
                    {
                        new ModelChange(ChangeSeverity.Breaking, "model-removed", gone, $"The model was removed (it is in {revision})", null,
                            new[] { new AffectedMember("every generated type", "removed") }, "every use of the generated code stops compiling"),
                    }));
                }
            }

            if (paths.Count == 0 && diffs.Count == 0)
            {
                error.WriteLine($"sor: no {ModelFiles.Pattern} file under {workingDirectory} or in {revision}; name the models.");
                return null;
            }

            diffs.Sort((a, b) => string.CompareOrdinal(ModelFiles.Portable(a.DisplayPath), ModelFiles.Portable(b.DisplayPath)));
            return diffs;
        }

        private string RelativeToWorkingDirectory(string path)
            => Path.IsPathRooted(path) ? Path.GetRelativePath(workingDirectory, path) : path;

        private ModelDiff? Compare(string oldPath, string oldText, string newPath, string newText)
        {
            LoadedModel? before = LoadedModel.From(oldPath, oldText, error);
            LoadedModel? after = LoadedModel.From(newPath, newText, error);
            if (before is null || after is null)
            {
                _exitCode = ExitCodes.ModelErrors;
                return null;
            }

            return new ModelDiff(newPath, after.Model.Namespace ?? before.Model.Namespace, before.Model.Version, after.Model.Version,
                ModelComparer.Compare(before.Model, after.Model));
        }

        private static string GitHub(List<ModelDiff> diffs)
        {
            var lines = new List<string>();
            foreach (ModelDiff diff in diffs)
            {
                foreach (ModelChange change in diff.Changes)
                {
                    ModelSeverity severity = change.Severity switch
                    {
                        ChangeSeverity.Breaking => diff.MajorRaised ? ModelSeverity.Warning : ModelSeverity.Error,
                        ChangeSeverity.Warning => ModelSeverity.Warning,
                        _ => ModelSeverity.Info,
                    };
                    string message = change.Message;
                    if (change.Affected.Count > 0)
                    {
                        message += "\nGenerated API: " + string.Join("; ", change.Affected);
                    }

                    if (change.Code is not null)
                    {
                        message += "\nCode: " + change.Code;
                    }

                    string title = change.Severity == ChangeSeverity.Breaking ? $"Breaking model change ({change.Kind})" : $"Model change ({change.Kind})";
                    lines.Add(GitHubAnnotation.Write(severity, diff.DisplayPath, change.Span, title, message));
                }

                lines.Add($"{ModelFiles.Portable(diff.DisplayPath)}: {diff.Count(ChangeSeverity.Breaking)} breaking, {diff.Count(ChangeSeverity.Warning)} warning, {diff.Count(ChangeSeverity.Info)} info; "
                    + (diff.Fails ? "fails (breaking changes need a new major version)." : "passes."));
            }

            return string.Join("\n", lines) + "\n";
        }
    }
}
