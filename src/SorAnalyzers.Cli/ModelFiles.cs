using System;
using System.Collections.Generic;
using System.IO;

namespace SorAnalyzers.Cli;

/// <summary>Finds the models to check when none are named: every *.sor.yaml below a folder, as the package does in a project.</summary>
public static class ModelFiles
{
    public const string Pattern = "*" + SorAnalyzers.Model.ModelFileName.Extension;

    // Build output holds copies of the models; .git holds none worth reading.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git" };

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
