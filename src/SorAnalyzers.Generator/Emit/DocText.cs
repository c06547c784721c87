using System.Collections.Generic;
using System.Text;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// Model text inside XML documentation comments. The text is XML-escaped ('&amp;', '&lt;', '&gt;'),
/// split at every character C# treats as a line end (so a newline followed by <c>#error</c> stays inside
/// the comment, on its own <c>///</c> line), and characters XML cannot hold (controls, unpaired
/// surrogates) become U+FFFD, so the compiler never sees badly formed XML (CS1570).
/// </summary>
internal static class DocText
{
    /// <summary>The escaped lines of <paramref name="text"/>; blank lines are dropped.</summary>
    public static IEnumerable<string> Lines(string text)
    {
        var line = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                if (line.ToString().Trim().Length > 0)
                {
                    yield return line.ToString().Trim();
                }

                line.Clear();
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                line.Append(c).Append(text[++i]);
                continue;
            }

            line.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\t' => " ",
                _ when char.IsSurrogate(c) || char.IsControl(c) || c is '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ => c.ToString(),
            });
        }

        if (line.ToString().Trim().Length > 0)
        {
            yield return line.ToString().Trim();
        }
    }

    /// <summary>The escaped text on one line (line ends become spaces), for short values like names.</summary>
    public static string Inline(string text) => string.Join(" ", Lines(text));
}
