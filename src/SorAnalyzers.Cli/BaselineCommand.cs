using System;
using System.Collections.Generic;
using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SorAnalyzers.Model.Baselines;

namespace SorAnalyzers.Cli;

/// <summary>
/// `sor baseline [project]`: builds the project with the baseline left out (SorBaselineRecording=true) and a
/// SARIF log, and records every SOR write violation in it into the project's <c>*.sor.baseline</c>, keyed by
/// file, enclosing member, field, rule and occurrence (the analyzers put member and field in each diagnostic).
/// </summary>
public static class BaselineCommand
{
    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var project = new Argument<string?>("project")
        {
            Description = "The project (.csproj, or a folder with one). Default: the project in the current directory.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        ModelArguments.RejectOptions(project);
        var outputFile = ModelArguments.Output("The baseline file. Default: the project's SorBaseline property, else {project name}.sor.baseline beside the project.");
        var command = new Command("baseline", "Record the current violations of a project into its baseline (*.sor.baseline), so that only new ones fail the build.")
        {
            project, outputFile,
        };
        command.SetAction(parse => new Recorder(output, error, workingDirectory).Execute(parse.GetValue(project), parse.GetValue(outputFile)));
        return command;
    }

    private sealed class Recorder(TextWriter output, TextWriter error, string workingDirectory)
    {
        public int Execute(string? projectArgument, string? baselineArgument)
        {
            string? project = FindProject(projectArgument);
            if (project is null)
            {
                return ExitCodes.UsageError;
            }

            string projectFolder = Path.GetDirectoryName(project)!;
            string? declared = Dotnet(projectFolder, "msbuild", project, "-getProperty:SorBaseline", "-nologo") is { ExitCode: 0 } property ? property.Output.Trim() : null;
            string baseline = baselineArgument is not null
                ? Path.GetFullPath(Path.Combine(workingDirectory, baselineArgument))
                : Path.GetFullPath(Path.Combine(projectFolder, string.IsNullOrEmpty(declared) ? Path.GetFileNameWithoutExtension(project) + BaselineFile.Extension : declared));
            if (!BaselineFile.IsBaseline(baseline))
            {
                error.WriteLine($"sor: the baseline must be named *{BaselineFile.Extension}: '{baseline}'.");
                return ExitCodes.UsageError;
            }

            string sarif = Path.Combine(Path.GetTempPath(), $"sor-baseline-{Guid.NewGuid():N}.sarif");
            try
            {
                output.WriteLine($"Building {Path.GetFileName(project)} with the baseline left out…");
                Outcome build = Dotnet(projectFolder, "build", project, "--no-incremental", "-nologo", "-tl:off", "-nodeReuse:false",
                    "-p:SorBaselineRecording=true", $"-p:ErrorLog={sarif}%2Cversion=2.1");
                if (!File.Exists(sarif))
                {
                    error.WriteLine(build.Output);
                    error.WriteLine($"sor: the build wrote no SARIF log ({build.ExitCode}); nothing was recorded.");
                    return ExitCodes.ModelErrors;
                }

                List<Violation> violations = Read(sarif, out List<string> otherErrors);
                if (otherErrors.Count > 0)
                {
                    foreach (string other in otherErrors)
                    {
                        error.WriteLine(other);
                    }

                    error.WriteLine("sor: the build has errors that a baseline cannot hold; fix them, then record again. Nothing was recorded.");
                    return ExitCodes.ModelErrors;
                }

                string folder = Path.GetDirectoryName(baseline)!;
                var entries = BaselineEntry.Number(
                    violations,
                    v => (v.Rule, BaselineEntry.RelativePath(folder, v.File), v.Member, v.Field),
                    v => (v.Line * 100_000) + v.Column).Select(n => n.Entry).ToList();
                Directory.CreateDirectory(folder);
                File.WriteAllText(baseline, BaselineFile.Write(entries));
                string byRule = string.Join(", ", entries.GroupBy(e => e.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} × {g.Count()}"));
                output.WriteLine($"Recorded {entries.Count} violation(s) in {Path.GetRelativePath(workingDirectory, baseline)}{(entries.Count > 0 ? $": {byRule}" : string.Empty)}.");
                if (string.IsNullOrEmpty(declared))
                {
                    output.WriteLine($"Declare it in {Path.GetFileName(project)} so that the build uses it: <PropertyGroup><SorBaseline>{Path.GetRelativePath(projectFolder, baseline)}</SorBaseline></PropertyGroup>");
                }

                return ExitCodes.Success;
            }
            finally
            {
                File.Delete(sarif);
            }
        }

        private string? FindProject(string? argument)
        {
            string path = Path.GetFullPath(Path.Combine(workingDirectory, argument ?? "."));
            if (File.Exists(path))
            {
                return path;
            }

            string[] projects = Directory.Exists(path) ? Directory.GetFiles(path, "*.csproj") : [];
            if (projects.Length == 1)
            {
                return projects[0];
            }

            error.WriteLine(projects.Length == 0
                ? $"sor: no project at '{argument ?? "."}'; name the .csproj."
                : $"sor: several projects in '{argument ?? "."}'; name the .csproj.");
            return null;
        }

        /// <summary>The SOR write violations in the log, and every other error (which a baseline cannot hold).</summary>
        private static List<Violation> Read(string sarif, out List<string> otherErrors)
        {
            var violations = new List<Violation>();
            otherErrors = [];
            using JsonDocument log = JsonDocument.Parse(File.ReadAllText(sarif));
            foreach (JsonElement run in log.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out JsonElement results))
                {
                    continue;
                }

                foreach (JsonElement result in results.EnumerateArray())
                {
                    string rule = result.GetProperty("ruleId").GetString() ?? string.Empty;
                    bool suppressed = result.TryGetProperty("suppressions", out JsonElement suppressions) && suppressions.GetArrayLength() > 0;
                    if (suppressed)
                    {
                        continue;
                    }

                    if (BaselineFile.Rules.Contains(rule) && Violation.From(rule, result) is Violation violation)
                    {
                        violations.Add(violation);
                    }
                    else if (result.TryGetProperty("level", out JsonElement level) && level.GetString() == "error")
                    {
                        otherErrors.Add($"{rule}: {result.GetProperty("message").GetProperty("text").GetString()}");
                    }
                }
            }

            return violations;
        }

        private static Outcome Dotnet(string folder, params string[] args)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            try
            {
                using Process process = Process.Start(start)!;
                Task<string> stdout = process.StandardOutput.ReadToEndAsync();
                Task<string> stderr = process.StandardError.ReadToEndAsync();
                process.WaitForExit();
                return new Outcome(process.ExitCode, stdout.Result + stderr.Result);
            }
            catch (Win32Exception ex)
            {
                return new Outcome(-1, $"dotnet could not be started: {ex.Message}");
            }
        }
    }

    private sealed record Outcome(int ExitCode, string Output);

    private sealed record Violation(string Rule, string File, string Member, string Field, int Line, int Column)
    {
        public static Violation? From(string rule, JsonElement result)
        {
            if (!result.TryGetProperty("locations", out JsonElement locations) || locations.GetArrayLength() == 0
                || !result.TryGetProperty("properties", out JsonElement properties)
                || !properties.TryGetProperty("customProperties", out JsonElement custom)
                || !custom.TryGetProperty("Member", out JsonElement member)
                || !custom.TryGetProperty("FieldKey", out JsonElement field))
            {
                return null;
            }

            JsonElement physical = locations[0].GetProperty("physicalLocation");
            string uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            string file = Uri.TryCreate(uri, UriKind.Absolute, out Uri? absolute) && absolute.IsFile ? absolute.LocalPath : uri;
            JsonElement region = physical.GetProperty("region");
            return new Violation(rule, file, member.GetString()!, field.GetString()!, region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
        }
    }
}
