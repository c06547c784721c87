using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace SorAnalyzers.Samples.Tests;

/// <summary>Runs the dotnet CLI and parses what the compiler printed.</summary>
internal static partial class DotnetCli
{
    public static string RepoRoot { get; } = typeof(DotnetCli).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public sealed record Result(int ExitCode, string Output)
    {
        /// <summary>Distinct "file(line,col): severity ID" entries, file relative to the repository.</summary>
        public string[] Diagnostics(string severity = "error|warning") => DiagnosticLine().Matches(Output)
            .Where(m => Regex.IsMatch(m.Groups["severity"].Value, "^(" + severity + ")$"))
            .Select(m => $"{Path.GetRelativePath(RepoRoot, m.Groups["file"].Value).Replace('\\', '/')}({m.Groups["line"].Value},{m.Groups["col"].Value}): {m.Groups["severity"].Value} {m.Groups["id"].Value}")
            .Distinct()
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();
    }

    public static async Task<Result> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No build servers left behind by tests, and no first-run noise.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output + await error);
    }

    [GeneratedRegex(@"^[ \t]*(?<file>[^\s(][^(\r\n]*?)\((?<line>\d+),(?<col>\d+)(,\d+,\d+)?\): (?<severity>error|warning) (?<id>[A-Z]+\d+)", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
