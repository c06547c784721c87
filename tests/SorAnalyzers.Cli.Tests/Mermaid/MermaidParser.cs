using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Cli.Tests.Mermaid;

/// <summary>
/// Mermaid's real parser (npm mermaid@11 with jsdom, pinned in Mermaid/package.json), installed once with
/// npm into a scratch folder keyed by the pinned versions and reused by later runs. Requires node and npm
/// on PATH (CI has them); without them the tests fail and say so: a diagram that nobody parsed is not checked.
/// </summary>
public sealed class MermaidParser
{
    private static readonly string Source = Path.Combine(RepoFiles.Root, "tests", "SorAnalyzers.Cli.Tests", "Mermaid");

    public MermaidParser()
    {
        string packageJson = File.ReadAllText(Path.Combine(Source, "package.json"));
        string key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(packageJson)))[..12];
        Folder = Path.Combine(Path.GetTempPath(), "sor-cli-tests-mermaid", key);
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "package.json"), packageJson);
        File.Copy(Path.Combine(Source, "parse.mjs"), Path.Combine(Folder, "parse.mjs"), overwrite: true);
        if (!File.Exists(Path.Combine(Folder, "node_modules", "mermaid", "package.json"))
            || !File.Exists(Path.Combine(Folder, "node_modules", "jsdom", "package.json")))
        {
            Outcome install = Run("npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
            Assert.True(install.ExitCode == 0, $"npm install of mermaid failed in {Folder}:\n{install.Output}\n{install.Error}");
        }
    }

    public string Folder { get; }

    /// <summary>Parses each diagram; returns the parser's line per diagram ("ok …" or "error …: message").</summary>
    public IReadOnlyList<string> Parse(IReadOnlyList<string> diagrams)
    {
        var files = new List<string>();
        for (int i = 0; i < diagrams.Count; i++)
        {
            string file = Path.Combine(Folder, $"diagram-{Guid.NewGuid():N}.mmd");
            File.WriteAllText(file, diagrams[i]);
            files.Add(file);
        }

        try
        {
            Outcome run = Run("node", new[] { "parse.mjs" }.Concat(files).ToArray());
            string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
            Assert.True(lines.Length == diagrams.Count, $"node printed {lines.Length} lines for {diagrams.Count} diagrams:\n{run.Output}\n{run.Error}");
            return lines.Select(l => l.Replace(Folder + Path.DirectorySeparatorChar, string.Empty)).ToList();
        }
        finally
        {
            files.ForEach(File.Delete);
        }
    }

    private Outcome Run(string tool, params string[] args)
    {
        // npm is a batch file on Windows, which Process.Start finds only by its full name.
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() && tool == "npm" ? "npm.cmd" : tool)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"'{tool}' is not on PATH ({ex.Message}): the Mermaid check needs node and npm.", ex);
        }

        using (process)
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new Outcome(process.ExitCode, output.Result, error.Result);
        }
    }

    private sealed record Outcome(int ExitCode, string Output, string Error);
}
