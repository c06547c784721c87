using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SorAnalyzers.Testing;

namespace SorAnalyzers.Docs.Tests;

/// <summary>The repository under test (found through <see cref="RepoFiles"/>): its files as a clone has them.</summary>
internal static class Repository
{
    public static string Root => RepoFiles.Root;

    public static string PathOf(string relativePath) => RepoFiles.InRepo(relativePath);

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>
    /// The files a clone has, relative to the root with '/' separators: <c>git ls-files</c> when git and
    /// a work tree are there, else every file under the root outside bin/, obj/, .git/ and artifacts/.
    /// </summary>
    public static IReadOnlyList<string> TrackedFiles()
    {
        IReadOnlyList<string>? tracked = GitLsFiles();
        if (tracked is not null)
        {
            return tracked;
        }

        var skipped = new HashSet<string>(StringComparer.Ordinal) { "bin", "obj", ".git", "artifacts" };
        var files = new List<string>();
        var folders = new Stack<string>();
        folders.Push(Root);
        while (folders.Count > 0)
        {
            string folder = folders.Pop();
            files.AddRange(Directory.GetFiles(folder).Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')));
            foreach (string child in Directory.GetDirectories(folder).Where(d => !skipped.Contains(Path.GetFileName(d))))
            {
                folders.Push(child);
            }
        }

        return files;
    }

    private static IReadOnlyList<string>? GitLsFiles()
    {
        try
        {
            var start = new ProcessStartInfo("git", "ls-files -z")
            {
                WorkingDirectory = Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using Process git = Process.Start(start)!;
            string output = git.StandardOutput.ReadToEnd();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? output.Split('\0', StringSplitOptions.RemoveEmptyEntries) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on this machine
        }
    }
}
