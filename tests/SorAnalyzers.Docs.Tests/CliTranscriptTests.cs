using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SorAnalyzers.Cli;
using Xunit;

namespace SorAnalyzers.Docs.Tests;

/// <summary>
/// The <c>sor</c> sessions shown in docs/cli.md, replayed: every <c>```text</c> block that starts with a
/// <c>$ </c> line is a transcript. <c>$ cd folder</c> moves (from the repository root), <c>$ sor …</c> runs
/// the tool in-process, <c>$ echo $?</c> prints the last exit code; the lines after a command are what it
/// prints (standard output, then standard error).
/// </summary>
public sealed class CliTranscriptTests
{
    public static TheoryData<int> Transcripts() => new(Enumerable.Range(0, Blocks().Count));

    [Fact]
    public void The_page_has_transcripts()
        => Assert.True(Blocks().Count >= 3, "docs/cli.md should show sor sessions in ```text blocks starting with '$ '");

    [Theory]
    [MemberData(nameof(Transcripts))]
    public void The_transcript_is_what_sor_prints(int index)
    {
        string[] lines = Blocks()[index].Text.TrimEnd('\n').Split('\n');
        string folder = Repository.Root;
        int exitCode = 0;
        var expected = new List<string>();
        var actual = new List<string>();
        foreach (string line in lines)
        {
            if (!line.StartsWith("$ ", StringComparison.Ordinal))
            {
                expected.Add(line.TrimEnd());
                continue;
            }

            expected.Add(line);
            actual.Add(line);
            string[] words = line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words[0])
            {
                case "cd":
                    folder = Path.GetFullPath(Path.Combine(folder, words[1]));
                    break;
                case "echo" when words is [_, "$?"]:
                    actual.Add(exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case "sor":
                    var output = new StringWriter();
                    var error = new StringWriter();
                    exitCode = Program.Run(words[1..], output, error, folder);
                    actual.AddRange(Lines(output.ToString()).Concat(Lines(error.ToString())));
                    break;
                default:
                    throw new InvalidOperationException($"docs/cli.md: '{line}' is not a command the transcript test knows (cd, sor, echo $?)");
            }
        }

        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
    }

    private static IReadOnlyList<FencedBlock> Blocks()
        => Markdown.Blocks(Repository.Read("docs/cli.md"))
            .Where(b => b.Language == "text" && b.Text.StartsWith("$ ", StringComparison.Ordinal))
            .ToList();

    private static IEnumerable<string> Lines(string text)
        => text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0);
}
