using System;
using System.Diagnostics;
using System.Text;

namespace SorAnalyzers.Package.Tests;

/// <summary>Runs the git command line; a failing command throws with what it printed.</summary>
public static class Git
{
    public static string Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
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

        var error = new StringBuilder();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (error)
                {
                    error.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} exited {process.ExitCode} in {workingDirectory}:\n{output}{error}");
        }

        return output;
    }
}
