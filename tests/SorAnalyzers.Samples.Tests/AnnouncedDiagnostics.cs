using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Samples.Tests;

/// <summary>
/// The diagnostics a sample's Violations/ folders announce: each violating line ends with a comment
/// naming what it must produce (<c>// error SOR0101</c>, or <c>// error SOR0101@21</c> for a column other
/// than the line's first), as the build prints them, relative to the repository root, sorted.
/// </summary>
internal static class AnnouncedDiagnostics
{
    public static string[] In(params string[] folders) => folders
        .SelectMany(folder => Directory.GetFiles(folder, "*.cs"))
        .SelectMany(file => File.ReadAllLines(file).Select((text, index) => (file, text, line: index + 1)))
        .SelectMany(l => Regex.Matches(l.text, @"// (?<severity>error|warning) (?<id>SOR\d{4})(@(?<col>\d+))?").Select(m =>
            $"{Path.GetRelativePath(RepoFiles.Root, l.file).Replace('\\', '/')}({l.line},{(m.Groups["col"].Success ? m.Groups["col"].Value : FirstColumn(l.text))}): {m.Groups["severity"].Value} {m.Groups["id"].Value}"))
        .OrderBy(s => s, StringComparer.Ordinal)
        .ToArray();

    private static string FirstColumn(string line) => (line.Length - line.TrimStart().Length + 1).ToString();
}
