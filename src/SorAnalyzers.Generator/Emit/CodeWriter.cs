using System.Text;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// Writes C# text line by line with four-space indentation and '\n' line ends, so the output is the
/// same byte for byte on every machine (no Environment.NewLine).
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4);
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
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    public override string ToString() => _text.ToString();
}
