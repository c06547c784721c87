using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SorAnalyzers.Cli;

/// <summary>Finds the models to read: every *.sor.yaml below a folder (as the package does in a project), or those named.</summary>
public static class ModelFiles
{
    public const string Pattern = "*" + SorAnalyzers.Model.ModelFileName.Extension;

    // Build output holds copies of the models; .git holds none worth reading.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git" };

    /// <summary>
    /// The models the named paths stand for, in the order named: a file as it is, a folder as every model
    /// below it (as <see cref="Under"/> finds them, relative to <paramref name="workingDirectory"/>).
    /// A folder without a model is reported on <paramref name="error"/> and makes the result null.
    /// </summary>
    public static List<string>? Expand(IEnumerable<string> named, string workingDirectory, TextWriter error)
    {
        var paths = new List<string>();
        bool failed = false;
        foreach (string path in named)
        {
            string full = Path.Combine(workingDirectory, path);
            if (!Directory.Exists(full))
            {
                paths.Add(path);
                continue;
            }

            List<string> models = Under(full);
            if (models.Count == 0)
            {
                error.WriteLine($"sor: no {Pattern} file under '{path}'.");
                failed = true;
            }

            paths.AddRange(models.Select(m => Path.GetRelativePath(workingDirectory, m)));
        }

        return failed ? null : paths;
    }

    /// <summary>The models named on the command line, else every model under the working directory (relative to it).</summary>
    public static IReadOnlyList<string> NamedOrFound(IReadOnlyList<string> named, string workingDirectory)
        => named.Count > 0 ? named : Under(workingDirectory).Select(p => Path.GetRelativePath(workingDirectory, p)).ToList();

    /// <summary>The text of a model, or null after telling the user why it cannot be read.</summary>
    public static string? TryRead(string path, string workingDirectory, TextWriter error)
    {
        try
        {
            return File.ReadAllText(Path.Combine(workingDirectory, path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"sor: cannot read '{path}': {ex.Message}");
            return null;
        }
    }

    /// <summary>Writes <paramref name="text"/> to a file, or returns false after telling the user why it cannot.</summary>
    public static bool TryWrite(string path, string workingDirectory, string text, TextWriter error)
    {
        try
        {
            File.WriteAllText(Path.Combine(workingDirectory, path), text);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"sor: cannot write '{path}': {ex.Message}");
            return false;
        }
    }

    /// <summary>A path as it appears in reports and catalogs: '/' separators on every OS, so committed output does not depend on it.</summary>
    public static string Portable(string path) => path.Replace('\\', '/');

    /// <summary>bin/, obj/ and .git/ hold no models worth reading (build output holds copies).</summary>
    public static bool IsSkippedFolder(string name) => SkippedFolders.Contains(name);

    public static List<string> Under(string root)
    {
        var found = new List<string>();
        Collect(root, found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Collect(string folder, List<string> found)
    {
        found.AddRange(Directory.EnumerateFiles(folder, Pattern));
        foreach (string child in Directory.EnumerateDirectories(folder))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(child)))
            {
                Collect(child, found);
            }
        }
    }
}
