namespace SorAnalyzers.Model.Text;

/// <summary>
/// Where something stands in the model: which of its files (<see cref="Source"/>, the index into
/// <see cref="Reading.ModelReadResult.Sources"/>; 0 for a model of one file), then a character range plus
/// its 0-based line and column positions, which is exactly what Roslyn's
/// Location.Create(path, TextSpan, LinePositionSpan) needs.
/// </summary>
public readonly record struct ModelSpan(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn, int Source = 0)
{
    public int Length => End - Start;

    public static ModelSpan None => default;

    /// <summary>The start of the model file number <paramref name="source"/>.</summary>
    public static ModelSpan StartOf(int source) => new(0, 0, 0, 0, 0, 0, source);

    /// <summary>
    /// The index of this place's file among a model's <paramref name="fileCount"/> files; the first file
    /// for an index out of range, so that a stale span still names a file that exists.
    /// </summary>
    public int SourceIn(int fileCount) => Source >= 0 && Source < fileCount ? Source : 0;

    /// <summary>The empty span where this one starts: for "missing" diagnostics that point at the enclosing element.</summary>
    public ModelSpan StartPoint => this with { End = Start, EndLine = StartLine, EndColumn = StartColumn };

    /// <summary>1-based line, as editors and build output show it.</summary>
    public int DisplayLine => StartLine + 1;

    /// <summary>1-based column, as editors and build output show it.</summary>
    public int DisplayColumn => StartColumn + 1;

    /// <summary>
    /// The same place with its character range kept inside a text of <paramref name="textLength"/>
    /// characters, so that a stale span, or one at the very end, never makes a location that throws.
    /// </summary>
    public ModelSpan ClampedTo(int textLength)
    {
        int start = System.Math.Min(System.Math.Max(0, Start), textLength);
        int end = System.Math.Min(System.Math.Max(start, End), textLength);
        return this with { Start = start, End = end };
    }

    public override string ToString() => $"({DisplayLine},{DisplayColumn})";
}
