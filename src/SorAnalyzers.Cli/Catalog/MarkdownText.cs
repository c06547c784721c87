using System.Text;

namespace SorAnalyzers.Cli.Catalog;

/// <summary>Model text inside Markdown: one line, and no character that Markdown or a table would read as syntax.</summary>
public static class MarkdownText
{
    // What GitHub Markdown reads as syntax inside a line: emphasis, code, links, HTML, entities, table cells.
    private const string Special = "\\`*_[]<>|~&";

    /// <summary>Free text (a title, a description) in a table cell or a sentence, or an en dash when there is none.</summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "–";
        }

        var builder = new StringBuilder(text!.Length);
        foreach (char c in OneLine(text))
        {
            if (Special.IndexOf(c) >= 0)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A name in a code span. A backtick inside is replaced (model ids and keys cannot hold one; free text might).</summary>
    public static string Code(string text) => "`" + OneLine(text).Replace('`', '\'').Replace("|", "\\|") + "`";

    /// <summary>Line breaks of any kind become spaces: a table row is one line.</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.Trim())
        {
            builder.Append(c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\t' ? ' ' : c);
        }

        return builder.ToString();
    }
}
