using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace SorAnalyzers.Testing;

/// <summary>What a <c>dotnet</c> command printed and how it exited.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>For assertion messages: the command and everything it printed.</summary>
    public override string ToString() => $"$ {CommandLine}\nexit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n{Output}";
}

/// <summary>
/// Runs the dotnet CLI as a user's shell would: in a given folder, with the environment of the test
/// process minus what MSBuild set for the test build (MSBuildExtensionsPath and friends would point a
/// child build at the wrong SDK), no node reuse (a lingering node would keep our pipes open) and English output.
/// </summary>
public static class DotnetCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string key in start.Environment.Keys.Where(IsInheritedBuildVariable).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in {Timeout}:\n{output}");
        }

        process.WaitForExit(); // drains the asynchronous readers
        string commandLine = "dotnet " + string.Join(' ', arguments);
        lock (output)
        {
            return new CommandResult(commandLine, process.ExitCode, output.ToString(), stopwatch.Elapsed);
        }
    }

    private static bool IsInheritedBuildVariable(string name)
        => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
            || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
