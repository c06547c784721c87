using System.Text;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// Writes C# text with four-space indentation and '\n' line ends, so the output is the same byte for byte on
/// every machine (no Environment.NewLine). A line is written whole (<see cref="Line"/>) or piece by piece
/// (<see cref="Indent"/>, <see cref="Append(string)"/>, the escaping appends, <see cref="EndLine"/>): model text
/// goes straight into the file's text, escaped on the way, with no string made per piece.
/// </summary>
internal sealed class CodeWriter
{
    private static readonly string[] Indents = IndentsUpTo(12);

    private readonly StringBuilder _text;
    private int _depth;
    private string _indent = string.Empty;
    private readonly char[] _digits = new char[10];
    private DocComment? _doc;

    /// <param name="capacity">The text's expected length: a big file then fills one buffer instead of many small ones.</param>
    public CodeWriter(int capacity = 256) => _text = new StringBuilder(capacity);

    public int Length => _text.Length;

    /// <summary>The text itself, for <see cref="DocComment"/>'s one in-place rewrite.</summary>
    internal StringBuilder Text => _text;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(_indent);
        }

        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>A line, then '{' on its own line; everything written until <see cref="Close"/> is indented.</summary>
    public CodeWriter Open(string line)
    {
        Line(line);
        Line("{");
        _depth++;
        _indent = IndentOf(_depth);
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _depth--;
        _indent = IndentOf(_depth);
        _text.Append(_indent).Append('}').Append(suffix).Append('\n');
        return this;
    }

    /// <summary>The start of a line written piece by piece: its indentation.</summary>
    public CodeWriter Indent()
    {
        _text.Append(_indent);
        return this;
    }

    public CodeWriter Append(string text)
    {
        _text.Append(text);
        return this;
    }

    public CodeWriter Append(char c)
    {
        _text.Append(c);
        return this;
    }

    /// <summary>A number in invariant digits.</summary>
    public CodeWriter Append(int value)
    {
        if (value < 0)
        {
            _text.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return this;
        }

        if (value < 10)
        {
            _text.Append((char)('0' + value));
            return this;
        }

        int start = _digits.Length;
        do
        {
            _digits[--start] = (char)('0' + (value % 10));
            value /= 10;
        }
        while (value > 0);

        _text.Append(_digits, start, _digits.Length - start);
        return this;
    }

    /// <summary>Model text as a C# string literal, quotes included (<see cref="CSharpLiteral"/>).</summary>
    public CodeWriter Literal(string? value)
    {
        CSharpLiteral.Append(_text, value);
        return this;
    }

    /// <summary>Model text inside a C# string literal, without the quotes (<see cref="CSharpLiteral"/>).</summary>
    public CodeWriter LiteralContent(string value)
    {
        CSharpLiteral.AppendContent(_text, value);
        return this;
    }

    /// <summary>Model text on one line of a doc comment (<see cref="DocText.Inline"/>).</summary>
    public CodeWriter DocInline(string text)
    {
        DocText.AppendInline(_text, text);
        return this;
    }

    public CodeWriter EndLine()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>Starts a doc comment here (<see cref="DocComment"/>); one at a time.</summary>
    public DocComment Doc() => (_doc ??= new DocComment(this)).Begin();

    public override string ToString() => _text.ToString();

    private static string IndentOf(int depth) => depth < Indents.Length ? Indents[depth] : new string(' ', depth * 4);

    private static string[] IndentsUpTo(int depth)
    {
        var indents = new string[depth + 1];
        for (int i = 0; i <= depth; i++)
        {
            indents[i] = new string(' ', i * 4);
        }

        return indents;
    }
}
