using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SorAnalyzers.Testing;

/// <summary>Assertions on what <c>dotnet build</c> printed, in the <c>file(line,col): error ID</c> form that CI logs show.</summary>
public static class BuildOutput
{
    public static void Succeeded(CommandResult build)
    {
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Matches(new Regex(@"^\s*0 Error\(s\)", RegexOptions.Multiline), build.Output);
    }

    /// <summary>Succeeded, and with no warning at all: a warning from a broken analyzer load would hide every SOR error.</summary>
    public static void SucceededClean(CommandResult build)
    {
        Succeeded(build);
        Assert.True(Regex.IsMatch(build.Output, @"^\s*0 Warning\(s\)", RegexOptions.Multiline), build.ToString());
    }

    /// <summary>Failed with exit code 1 and an error <paramref name="id"/> reported at <paramref name="line"/> of <paramref name="fileName"/>.</summary>
    public static void FailedAt(CommandResult build, string fileName, int line, string id)
    {
        Assert.True(build.ExitCode == 1, $"expected exit code 1\n{build}");
        var pattern = new Regex($@"{Regex.Escape(fileName)}\({line},\d+\): error {id}:");
        Assert.True(pattern.IsMatch(build.Output), $"expected {fileName}({line},col): error {id}\n{build}");
    }

    /// <summary>The 1-based number of the first line of <paramref name="path"/> that contains <paramref name="text"/>.</summary>
    public static int LineOf(string path, string text)
    {
        string[] lines = File.ReadAllLines(path);
        int index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' is not in {path}");
        return index + 1;
    }

    /// <summary>
    /// The distinct <c>file(line,col): severity ID</c> entries a build printed, files relative to
    /// <paramref name="root"/> with forward slashes, sorted: a build lists each diagnostic more than once.
    /// </summary>
    public static string[] Diagnostics(CommandResult build, string root, string severity = "error|warning")
        => DiagnosticLine.Matches(build.Output)
            .Where(m => Regex.IsMatch(m.Groups["severity"].Value, "^(" + severity + ")$"))
            .Select(m => $"{Path.GetRelativePath(root, m.Groups["file"].Value).Replace('\\', '/')}({m.Groups["line"].Value},{m.Groups["col"].Value}): {m.Groups["severity"].Value} {m.Groups["id"].Value}")
            .Distinct()
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();

    private static readonly Regex DiagnosticLine = new(
        @"^[ \t]*(?<file>[^\s(][^(\r\n]*?)\((?<line>\d+),(?<col>\d+)(,\d+,\d+)?\): (?<severity>error|warning) (?<id>[A-Z]+\d+)",
        RegexOptions.Multiline);

    public static string[] Lines(CommandResult run) => run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
}
