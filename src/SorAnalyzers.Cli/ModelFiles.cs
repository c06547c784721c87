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
