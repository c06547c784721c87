using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace SorAnalyzers.Cli.Diff;

/// <summary>Reads files as they were at a git revision (<c>git show rev:./path</c>), from the working directory's repository.</summary>
public sealed class GitRevision
{
    private readonly string _workingDirectory;

    private GitRevision(string revision, string workingDirectory)
    {
        Revision = revision;
        _workingDirectory = workingDirectory;
    }

    public string Revision { get; }

    /// <summary>The revision, or null after telling the user why it cannot be used (not a repository, unknown revision, no git).</summary>
    public static GitRevision? Open(string revision, string workingDirectory, TextWriter error)
    {
        var git = new GitRevision(revision, workingDirectory);
        GitResult? verify = git.Run("rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (verify is null)
        {
            error.WriteLine("sor: git is not on PATH; --base needs it.");
            return null;
        }

        if (verify.ExitCode != 0)
        {
            GitResult? inside = git.Run("rev-parse", "--is-inside-work-tree");
            error.WriteLine(inside is { ExitCode: 0 }
                ? $"sor: '{revision}' is not a commit in this repository (fetch it first, e.g. git fetch origin main)."
                : $"sor: {workingDirectory} is not inside a git repository; --base needs one.");
            return null;
        }

        return git;
    }

    /// <summary>The file's text at the revision, or null when it did not exist there.</summary>
    public string? Read(string path)
    {
        string spec = $"{Revision}:./{ModelFiles.Portable(path)}";
        GitResult? exists = Run("cat-file", "-e", spec);
        if (exists is not { ExitCode: 0 })
        {
            return null;
        }

        GitResult? show = Run("show", spec);
        return show is { ExitCode: 0 } ? show.Output : null;
    }

    /// <summary>The model files (relative to the working directory) that the revision had below it.</summary>
    public IReadOnlyList<string> ModelPaths()
    {
        GitResult? list = Run("ls-tree", "-r", "--name-only", Revision, "--", ".");
        if (list is not { ExitCode: 0 })
        {
            return Array.Empty<string>();
        }

        return list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim())
            .Where(l => l.EndsWith(Model.ModelFileName.Extension, StringComparison.OrdinalIgnoreCase))
            .Where(l => !l.Split('/').Any(ModelFiles.IsSkippedFolder))
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
    }

    private GitResult? Run(params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = _workingDirectory,
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
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new GitResult(process.ExitCode, output.Result, error.Result);
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    private sealed record GitResult(int ExitCode, string Output, string Error);
}
