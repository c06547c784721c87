using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Generator.Tests;

/// <summary>
/// Approved-file comparison of generated code (Verify is not served here): each generated file must
/// equal <c>Approved/{case}/{hint}.approved.cs</c>. On a mismatch the actual text is written beside it as
/// <c>.received.cs</c>; compare by hand, and rename it to approve.
/// </summary>
internal static class ApprovedFiles
{
    /// <summary>The generator's version, which changes with every release, is not part of the approval.</summary>
    public static string Normalize(string text)
        => text.Replace("\r\n", "\n").Replace($"\"SorAnalyzers\", \"{Emit.SourceFile.Version}\"", "\"SorAnalyzers\", \"<version>\"");

    public static void Verify(string caseName, IReadOnlyDictionary<string, string> generated)
    {
        string folder = RepoFiles.InRepo(Path.Combine("tests", "SorAnalyzers.Generator.Tests", "Approved", caseName));
        Directory.CreateDirectory(folder);
        foreach (string stale in Directory.GetFiles(folder, "*.received.cs"))
        {
            File.Delete(stale);
        }

        var mismatches = new List<string>();
        foreach ((string hint, string text) in generated)
        {
            string approvedPath = Path.Combine(folder, Path.GetFileNameWithoutExtension(hint) + ".approved.cs");
            string actual = Normalize(text);
            string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : null;
            if (approved != actual)
            {
                File.WriteAllText(Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received") + ".cs", actual);
                mismatches.Add(hint + (approved is null ? " (no approved file)" : " (differs)"));
            }
        }

        var expected = generated.Keys.Select(h => Path.GetFileNameWithoutExtension(h) + ".approved.cs").ToHashSet();
        mismatches.AddRange(Directory.GetFiles(folder, "*.approved.cs").Select(Path.GetFileName).Where(f => !expected.Contains(f!)).Select(f => f + " (approved, but no longer generated)")!);
        Assert.True(mismatches.Count == 0, $"Generated code differs from the approved files in {folder}:\n  " + string.Join("\n  ", mismatches));
    }
}
