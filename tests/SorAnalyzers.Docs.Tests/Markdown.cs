using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SorAnalyzers.Docs.Tests;

/// <summary>A fenced code block: its info string (<c>yaml</c>, <c>csharp file=Desk.cs</c>) and its text, verbatim.</summary>
public sealed record FencedBlock(string Language, IReadOnlyDictionary<string, string> Attributes, string Text);

/// <summary>
/// The few pieces of Markdown the doc tests read: sections under a heading, and the fenced code blocks in
/// them, taken verbatim (indentation of a block nested in a list item removed, as a renderer does).
/// </summary>
public static class Markdown
{
    private static readonly Regex Heading = new(@"^(#{1,6})\s+(.*?)\s*$");
    private static readonly Regex Fence = new(@"^(\s*)(```+)\s*(.*)$");

    /// <summary>
    /// The lines under the first heading whose text starts with <paramref name="heading"/>, up to the next
    /// heading of the same or a higher level (fenced blocks are not searched for headings).
    /// </summary>
    public static string Section(string markdown, string heading)
        => TrySection(markdown, heading) ?? throw new InvalidOperationException($"No heading '{heading}' in the Markdown");

    public static string? TrySection(string markdown, string heading)
    {
        string[] lines = Lines(markdown);
        bool[] inFence = FenceMask(lines);
        for (int i = 0; i < lines.Length; i++)
        {
            Match match = Heading.Match(lines[i]);
            if (inFence[i] || !match.Success || !match.Groups[2].Value.StartsWith(heading, StringComparison.Ordinal))
            {
                continue;
            }

            int level = match.Groups[1].Length;
            int end = i + 1;
            while (end < lines.Length && !(Heading.Match(lines[end]) is { Success: true } next && !inFence[end] && next.Groups[1].Length <= level))
            {
                end++;
            }

            return string.Join("\n", lines[(i + 1)..end]);
        }

        return null;
    }

    /// <summary>The fenced blocks of <paramref name="markdown"/>, in order.</summary>
    public static IReadOnlyList<FencedBlock> Blocks(string markdown)
    {
        string[] lines = Lines(markdown);
        var blocks = new List<FencedBlock>();
        for (int i = 0; i < lines.Length; i++)
        {
            Match open = Fence.Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            string indent = open.Groups[1].Value;
            string fence = open.Groups[2].Value;
            string[] info = open.Groups[3].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var body = new List<string>();
            int j = i + 1;
            for (; j < lines.Length && lines[j].Trim() != fence; j++)
            {
                body.Add(lines[j].StartsWith(indent, StringComparison.Ordinal) ? lines[j][indent.Length..] : lines[j].TrimStart());
            }

            if (j == lines.Length)
            {
                throw new InvalidOperationException($"Unclosed code block at line {i + 1} of the Markdown");
            }

            var attributes = info.Skip(1).Select(a => a.Split('=', 2)).Where(p => p.Length == 2)
                .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
            blocks.Add(new FencedBlock(info.FirstOrDefault() ?? "", attributes, string.Join("\n", body) + "\n"));
            i = j;
        }

        return blocks;
    }

    private static readonly Regex InlineLink = new(@"(?<!!)\[[^\]\n]*\]\(([^)\s]+)(?:\s+""[^""]*"")?\)");
    private static readonly Regex InlineCode = new(@"`+[^`\n]*`+");

    /// <summary>
    /// The targets of the inline links of <paramref name="markdown"/> (<c>[text](target)</c>, images left out),
    /// with their line numbers, outside fenced blocks and inline code.
    /// </summary>
    public static IReadOnlyList<(int Line, string Target)> Links(string markdown)
    {
        string[] lines = Lines(markdown);
        bool[] inFence = FenceMask(lines);
        var links = new List<(int, string)>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (inFence[i])
            {
                continue;
            }

            foreach (Match match in InlineLink.Matches(InlineCode.Replace(lines[i], string.Empty)))
            {
                links.Add((i + 1, match.Groups[1].Value));
            }
        }

        return links;
    }

    /// <summary>
    /// The anchors GitHub gives the headings of <paramref name="markdown"/>: the text in lower case, without
    /// punctuation, spaces as hyphens, and -1, -2… on repeats; plus any explicit <c>&lt;a id="…"&gt;</c>.
    /// </summary>
    public static ISet<string> Anchors(string markdown)
    {
        string[] lines = Lines(markdown);
        bool[] inFence = FenceMask(lines);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Length; i++)
        {
            foreach (Match id in Regex.Matches(lines[i], @"<a\s+(?:id|name)=""([^""]+)"""))
            {
                anchors.Add(id.Groups[1].Value);
            }

            Match heading = Heading.Match(lines[i]);
            if (inFence[i] || !heading.Success)
            {
                continue;
            }

            string text = Regex.Replace(heading.Groups[2].Value, @"\[([^\]]*)\]\([^)]*\)", "$1"); // a link in a heading counts by its text
            var slug = new StringBuilder();
            foreach (char c in text.ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }

            string anchor = slug.ToString();
            int repeats = seen.TryGetValue(anchor, out int count) ? count : 0;
            seen[anchor] = repeats + 1;
            anchors.Add(repeats == 0 ? anchor : $"{anchor}-{repeats}");
        }

        return anchors;
    }

    private static string[] Lines(string markdown) => markdown.Replace("\r\n", "\n").Split('\n');

    private static bool[] FenceMask(string[] lines)
    {
        var mask = new bool[lines.Length];
        string? fence = null;
        for (int i = 0; i < lines.Length; i++)
        {
            Match match = Fence.Match(lines[i]);
            if (fence is null && match.Success)
            {
                fence = match.Groups[2].Value;
                mask[i] = true;
            }
            else if (fence is not null)
            {
                mask[i] = true;
                if (lines[i].Trim() == fence)
                {
                    fence = null;
                }
            }
        }

        return mask;
    }
}
