using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SorAnalyzers.Docs.Tests;

/// <summary>
/// README.md's Quick start, read as a newcomer reads it: the model (the first yaml block) and its file
/// name, the C# (the first csharp block) and its file name, the errors its comments promise
/// (<c>// error SOR0101</c> on a line), and the message the text after it quotes (<c>fails: *…*</c>).
/// Nothing here is a copy of the README: change the README and the test follows.
/// </summary>
public sealed class QuickStart
{
    private QuickStart(string section)
    {
        Section = section;
        IReadOnlyList<FencedBlock> blocks = Markdown.Blocks(section);
        Model = blocks.First(b => b.Language == "yaml").Text;
        Code = blocks.First(b => b.Language == "csharp").Text;
        ModelFileName = Regex.Match(section, @"`([\w.-]+\.sor\.yaml)`").Groups[1].Value;
        CodeFileName = Regex.Match(section, @"`(\w+\.cs)`").Groups[1].Value;
        Match quoted = Regex.Match(section, @"`dotnet build` fails: \*(.+?)\*", RegexOptions.Singleline);
        PromisedMessage = quoted.Success ? Regex.Replace(quoted.Groups[1].Value, @"\s+", " ").Trim() : "";

        string[] lines = Code.Split('\n');
        PromisedErrors = lines
            .Select((line, index) => (line, number: index + 1))
            .SelectMany(l => Regex.Match(l.line, @"//\s*error\s+(.+)$") is { Success: true } m
                ? m.Groups[1].Value.Split(',').Select(id => (l.number, id: id.Trim()))
                : Enumerable.Empty<(int, string)>())
            .ToList();
    }

    public string Section { get; }

    public string Model { get; }

    public string ModelFileName { get; }

    public string Code { get; }

    public string CodeFileName { get; }

    /// <summary>The (line, ID) pairs the comments in the C# promise.</summary>
    public IReadOnlyList<(int Line, string Id)> PromisedErrors { get; }

    /// <summary>The message quoted after "`dotnet build` fails:", whitespace normalized.</summary>
    public string PromisedMessage { get; }

    public static QuickStart FromReadme() => new(Markdown.Section(Repository.Read("README.md"), "Quick start"));

    /// <summary>The (line, ID) pairs of the errors a build printed for <see cref="CodeFileName"/>.</summary>
    public IReadOnlyList<(int Line, string Id)> ErrorsIn(string buildOutput)
        => Regex.Matches(buildOutput, $@"{Regex.Escape(CodeFileName)}\((\d+),\d+\): error (\w+):")
            .Select(m => (int.Parse(m.Groups[1].Value), m.Groups[2].Value))
            .Distinct()
            .OrderBy(e => e.Item1).ThenBy(e => e.Item2, StringComparer.Ordinal)
            .ToList();

    /// <summary>The message of the first <paramref name="id"/> error printed for the C# file, without the help link and project the build appends.</summary>
    public string? MessageOf(string buildOutput, string id)
    {
        Match match = Regex.Match(buildOutput, $@"{Regex.Escape(CodeFileName)}\(\d+,\d+\): error {id}: (.*?)(?: \(https?://[^)]*\))?(?: \[[^\]]*\.csproj\])?\r?$", RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }
}
