using System.Collections.Generic;
using System.Text;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// Model text inside XML documentation comments. The text is XML-escaped ('&amp;', '&lt;', '&gt;'),
/// split at every character C# treats as a line end (so a newline followed by <c>#error</c> stays inside
/// the comment, on its own <c>///</c> line), and characters XML cannot hold (controls, unpaired
/// surrogates) become U+FFFD, so the compiler never sees badly formed XML (CS1570). Most model text needs
/// none of that (<see cref="IsPlain"/>) and is written as it is.
/// </summary>
internal static class DocText
{
    /// <summary>The escaped lines of <paramref name="text"/>; blank lines are dropped, each line trimmed.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        if (IsPlain(text))
        {
            lines.Add(text);
            return lines;
        }

        var line = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsLineEnd(c))
            {
                AddTrimmed(lines, line);
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                line.Append(c).Append(text[++i]);
                continue;
            }

            if (WrittenAsIs(c))
            {
                line.Append(c);
                continue;
            }

            switch (c)
            {
                case '&': line.Append("&amp;"); break;
                case '<': line.Append("&lt;"); break;
                case '>': line.Append("&gt;"); break;
                case '\t': line.Append(' '); break;
                default: line.Append('\uFFFD'); break; // a control, an unpaired surrogate, a non-character
            }
        }

        AddTrimmed(lines, line);
        return lines;
    }

    /// <summary>The escaped text on one line (line ends become spaces), for short values like names.</summary>
    public static string Inline(string text) => IsPlain(text) ? text : string.Join(" ", Lines(text));

    /// <summary><see cref="Inline"/>, or null when that is empty (so is <paramref name="text"/>, or all blank).</summary>
    public static string? InlineOrNull(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string inline = Inline(text);
        return inline.Length == 0 ? null : inline;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is already its one escaped line: not empty, no space at either end (the
    /// lines are trimmed), and no character to escape, replace or split at.
    /// </summary>
    public static bool IsPlain(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!WrittenAsIs(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A character written into a doc line as it is: not a line end, not one XML escapes, not a tab, a control, a
    /// surrogate (a pair is kept, but only <see cref="Lines"/> looks at pairs) or one of the two non-characters.
    /// </summary>
    private static bool WrittenAsIs(char c)
        => !(char.IsControl(c) || char.IsSurrogate(c) || c is '&' or '<' or '>' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF');

    private static bool IsLineEnd(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static void AddTrimmed(List<string> lines, StringBuilder line)
    {
        int start = 0, end = line.Length;
        while (start < end && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            lines.Add(line.ToString(start, end - start));
        }

        line.Clear();
    }
}
