using System.Collections.Generic;
using System.Linq;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// A <c>&lt;summary&gt;</c> made of paragraphs. Everything hover shows goes in the summary (IDEs show
/// remarks less often), one <c>&lt;para&gt;</c> per fact: description, owner, direction.
/// </summary>
internal sealed class DocComment
{
    private readonly List<string[]> _paragraphs = new();

    /// <summary>A paragraph of model text (escaped here); nothing when the text is empty.</summary>
    public DocComment Text(string? text) => Xml(text is null ? null : DocText.Lines(text).ToArray());

    /// <summary>A paragraph of model text between fixed words that are already valid XML.</summary>
    public DocComment Text(string prefixXml, string? text, string suffixXml = "")
    {
        string inline = text is null ? string.Empty : DocText.Inline(text);
        return inline.Length == 0 ? this : Xml(new[] { prefixXml + inline + suffixXml });
    }

    /// <summary>A paragraph that is already valid XML (fixed words, escaped pieces).</summary>
    public DocComment Xml(params string[]? lines)
    {
        if (lines is not null && lines.Length > 0)
        {
            _paragraphs.Add(lines);
        }

        return this;
    }

    public void WriteTo(CodeWriter writer)
    {
        if (_paragraphs.Count == 1 && _paragraphs[0].Length == 1)
        {
            writer.Line("/// <summary>" + _paragraphs[0][0] + "</summary>");
            return;
        }

        writer.Line("/// <summary>");
        foreach (string[] lines in _paragraphs)
        {
            if (lines.Length == 1)
            {
                writer.Line("/// <para>" + lines[0] + "</para>");
                continue;
            }

            writer.Line("/// <para>");
            foreach (string line in lines)
            {
                writer.Line("/// " + line);
            }

            writer.Line("/// </para>");
        }

        writer.Line("/// </summary>");
    }
}
