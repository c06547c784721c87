using System;
using System.Buffers;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// Writes C# text with four-space indentation and '\n' line ends, so the output is the same byte for byte on
/// every machine (no Environment.NewLine). A line is written whole (<see cref="Line"/>) or piece by piece
/// (<see cref="Indent"/>, <see cref="Append(string)"/>, the escaping appends, <see cref="EndLine"/>): model text
/// goes straight into the file's text, escaped on the way, with no string made per piece. The text grows in a buffer
/// from the shared pool, which <see cref="Finish"/> returns: a big model's megabytes of text are then written into
/// memory already in use, and only the finished string is new.
/// </summary>
internal sealed class CodeWriter
{
    private static readonly string[] Indents = IndentsUpTo(12);

    private char[] _text;
    private int _length;
    private int _depth;
    private string _indent = string.Empty;
    private readonly char[] _digits = new char[10];
    private DocComment? _doc;

    /// <param name="capacity">The text's expected length: a big file then fills one buffer instead of many small ones.</param>
    public CodeWriter(int capacity = 256) => _text = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));

    /// <summary>How many characters are written.</summary>
    public int Length => _length;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            Append(_indent);
        }

        Append(line).Append('\n');
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
        return Append(_indent).Append('}').Append(suffix).Append('\n');
    }

    /// <summary>The start of a line written piece by piece: its indentation.</summary>
    public CodeWriter Indent() => Append(_indent);

    public CodeWriter Append(string text)
    {
        if (text.Length > _text.Length - _length)
        {
            Grow(text.Length);
        }

        text.CopyTo(0, _text, _length, text.Length);
        _length += text.Length;
        return this;
    }

    /// <summary>Part of <paramref name="text"/>.</summary>
    public CodeWriter Append(string text, int start, int count)
    {
        if (count > _text.Length - _length)
        {
            Grow(count);
        }

        text.CopyTo(start, _text, _length, count);
        _length += count;
        return this;
    }

    public CodeWriter Append(char c)
    {
        if (_length == _text.Length)
        {
            Grow(1);
        }

        _text[_length++] = c;
        return this;
    }

    /// <summary>A number in invariant digits.</summary>
    public CodeWriter Append(int value)
    {
        if (value < 0)
        {
            return Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (value < 10)
        {
            return Append((char)('0' + value));
        }

        int start = _digits.Length;
        do
        {
            _digits[--start] = (char)('0' + (value % 10));
            value /= 10;
        }
        while (value > 0);

        int count = _digits.Length - start;
        if (count > _text.Length - _length)
        {
            Grow(count);
        }

        Array.Copy(_digits, start, _text, _length, count);
        _length += count;
        return this;
    }

    /// <summary>Model text as a C# string literal, quotes included (<see cref="CSharpLiteral"/>).</summary>
    public CodeWriter Literal(string? value)
    {
        CSharpLiteral.Append(this, value);
        return this;
    }

    /// <summary>Model text inside a C# string literal, without the quotes (<see cref="CSharpLiteral"/>).</summary>
    public CodeWriter LiteralContent(string value)
    {
        CSharpLiteral.AppendContent(this, value);
        return this;
    }

    /// <summary>Model text on one line of a doc comment (<see cref="DocText.Inline"/>).</summary>
    public CodeWriter DocInline(string text)
    {
        return Append(DocText.Inline(text));
    }

    public CodeWriter EndLine() => Append('\n');

    /// <summary>Starts a doc comment here (<see cref="DocComment"/>); one at a time.</summary>
    public DocComment Doc() => (_doc ??= new DocComment(this)).Begin();

    public override string ToString() => new(_text, 0, _length);

    /// <summary>The text; the writer's buffer goes back to the pool, and the writer is not to be used again.</summary>
    public string Finish()
    {
        string text = ToString();
        char[] buffer = _text;
        _text = Array.Empty<char>();
        _length = 0;
        ArrayPool<char>.Shared.Return(buffer);
        return text;
    }

    /// <summary>
    /// Takes out the <paramref name="count"/> characters at <paramref name="start"/> and keeps the first <paramref name="keep"/>
    /// characters after them, dropping the rest: <see cref="DocComment"/>'s one in-place rewrite.
    /// </summary>
    internal void Cut(int start, int count, int keep)
    {
        Array.Copy(_text, start + count, _text, start, keep);
        _length = start + keep;
    }

    private void Grow(int needed)
    {
        char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(_text.Length * 2, _length + needed));
        Array.Copy(_text, larger, _length);
        if (_text.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_text);
        }

        _text = larger;
    }

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
