using System.Collections.Generic;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// A <c>&lt;summary&gt;</c> made of paragraphs, written straight into the <see cref="CodeWriter"/>. Everything
/// hover shows goes in the summary (IDEs show remarks less often), one <c>&lt;para&gt;</c> per fact:
/// description, owner, direction. A summary of one one-line paragraph is one line,
/// <c>/// &lt;summary&gt;…&lt;/summary&gt;</c>: <see cref="End"/> rewrites the paragraph it wrote in place.
/// </summary>
internal sealed class DocComment
{
    private const string SummaryStart = "/// <summary>";
    private const string ParaStart = "/// <para>";
    private const string ParaEnd = "</para>\n";

    private readonly CodeWriter _writer;
    private int _start;
    private int _paragraphs;
    private bool _firstIsOneLine;
    private int _firstContent;
    private int _indentLength;

    public DocComment(CodeWriter writer) => _writer = writer;

    /// <summary>A paragraph of model text (escaped here), a line of it per line; nothing when the text is empty.</summary>
    public DocComment Text(string? text)
    {
        if (text is null)
        {
            return this;
        }

        if (DocText.IsPlain(text))
        {
            return Xml(text);
        }

        List<string> lines = DocText.Lines(text);
        if (lines.Count == 1)
        {
            return Xml(lines[0]);
        }

        if (lines.Count > 1)
        {
            _writer.Indent().Append("/// <para>").EndLine();
            foreach (string line in lines)
            {
                _writer.Indent().Append("/// ").Append(line).EndLine();
            }

            _writer.Indent().Append("/// </para>").EndLine();
            _paragraphs++;
        }

        return this;
    }

    /// <summary>A paragraph of model text on one line between fixed words that are already valid XML; nothing when the text is empty.</summary>
    public DocComment Text(string prefixXml, string? text, string suffixXml = "")
    {
        if (DocText.InlineOrNull(text) is { } inline)
        {
            Paragraph().Append(prefixXml).Append(inline).Append(suffixXml);
            EndParagraph();
        }

        return this;
    }

    /// <summary>A one-line paragraph that is already valid XML (fixed words, escaped pieces).</summary>
    public DocComment Xml(string xml)
    {
        Paragraph().Append(xml);
        EndParagraph();
        return this;
    }

    /// <summary>Opens a one-line paragraph: the caller writes its XML, then calls <see cref="EndParagraph"/>.</summary>
    public CodeWriter Paragraph()
    {
        _writer.Indent().Append(ParaStart);
        if (_paragraphs == 0)
        {
            _firstContent = _writer.Length;
            _firstIsOneLine = true;
        }

        return _writer;
    }

    public void EndParagraph()
    {
        _writer.Append(ParaEnd);
        _paragraphs++;
    }

    /// <summary>Closes the summary.</summary>
    public void End()
    {
        if (_paragraphs == 1 && _firstIsOneLine)
        {
            // "/// <summary>\n    /// <para>X</para>\n" becomes "/// <summary>X</summary>\n".
            int afterSummary = _start + _indentLength + SummaryStart.Length;
            _writer.Cut(afterSummary, _firstContent - afterSummary, _writer.Length - ParaEnd.Length - _firstContent);
            _writer.Append("</summary>\n");
            return;
        }

        _writer.Indent().Append("/// </summary>").EndLine();
    }

    internal DocComment Begin()
    {
        _start = _writer.Length;
        _paragraphs = 0;
        _firstIsOneLine = false;
        _writer.Indent();
        _indentLength = _writer.Length - _start;
        _writer.Append(SummaryStart).EndLine();
        return this;
    }
}
