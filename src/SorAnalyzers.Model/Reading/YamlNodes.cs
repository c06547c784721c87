using System;
using System.Collections.Generic;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Reading;

/// <summary>
/// A minimal YAML tree that keeps every node's span. We build it from parser events ourselves
/// (instead of YamlStream) to see duplicate keys, bound depth and alias expansion, and keep positions.
/// </summary>
/// <remarks>
/// It lives while the model is read, and a big model has hundreds of thousands of nodes: one object per
/// node made the garbage collector trace and copy all of them at every collection during the read, which
/// made reading grow faster than the model. So the tree is a table: every node of every file of one read
/// is a row of plain values (its kind, span, children's place and alias counts), a collection's children
/// are a run of row numbers in one array of ints, and a scalar's text is the one reference a row has. The
/// node types the readers see (<see cref="YamlNode"/>, <see cref="YamlScalar"/>, <see cref="YamlMapping"/>,
/// <see cref="YamlSequence"/>) are handles: the table and a row number.
/// </remarks>
internal sealed class YamlTree
{
    private Row[] _rows;
    private string?[] _values; // a scalar's text, by row
    private int _count;
    private int[] _children;
    private int _childCount;

    /// <param name="characters">The length of the texts to be read: rows are made for about as many nodes as that
    /// holds (a model has a node for about every 9 characters), up to what a model at the size limit needs; the
    /// table grows past that if it must.</param>
    public YamlTree(long characters)
    {
        int rows = (int)Math.Min(MaxFirstRows, Math.Max(16, characters / 8));
        _rows = new Row[rows];
        _values = new string?[rows];
        _children = new int[rows];
    }

    private static readonly int MaxFirstRows = ModelLimits.Default.MaxCharacters / 8;

    private enum Kind : byte
    {
        Scalar,
        Sequence,
        Mapping,
    }

    private struct Row
    {
        public Kind Kind;
        public bool IsPlain;
        public ModelSpan Span;
        public int FirstChild;
        public int ChildCount;
        public long ExpandedSize;
        public long ExpandedCharacters;
    }

    public YamlScalar AddScalar(string value, bool isPlain, ModelSpan span)
    {
        int row = NewRow();
        _rows[row] = new Row { Kind = Kind.Scalar, IsPlain = isPlain, Span = span, ExpandedSize = 1, ExpandedCharacters = value.Length };
        _values[row] = value;
        return new YamlScalar(this, row);
    }

    /// <param name="items">The items' rows, in order.</param>
    public YamlSequence AddSequence(List<int> items, long expandedSize, long expandedCharacters, ModelSpan span)
        => new(this, AddCollection(Kind.Sequence, items, expandedSize, expandedCharacters, span));

    /// <param name="entries">Each entry's key row then value row, in order.</param>
    public YamlMapping AddMapping(List<int> entries, long expandedSize, long expandedCharacters, ModelSpan span)
        => new(this, AddCollection(Kind.Mapping, entries, expandedSize, expandedCharacters, span));

    private int AddCollection(Kind kind, List<int> children, long expandedSize, long expandedCharacters, ModelSpan span)
    {
        if (_childCount + children.Count > _children.Length)
        {
            Array.Resize(ref _children, Math.Max(_children.Length * 2, _childCount + children.Count));
        }

        children.CopyTo(_children, _childCount);
        int row = NewRow();
        _rows[row] = new Row
        {
            Kind = kind,
            Span = span,
            FirstChild = _childCount,
            ChildCount = children.Count,
            ExpandedSize = expandedSize,
            ExpandedCharacters = expandedCharacters,
        };
        _childCount += children.Count;
        return row;
    }

    private int NewRow()
    {
        if (_count == _rows.Length)
        {
            Array.Resize(ref _rows, _rows.Length * 2);
            Array.Resize(ref _values, _rows.Length);
        }

        return _count++;
    }

    internal ModelSpan SpanOf(int row) => _rows[row].Span;

    internal bool IsScalar(int row) => _rows[row].Kind == Kind.Scalar;

    internal bool IsSequence(int row) => _rows[row].Kind == Kind.Sequence;

    internal bool IsMapping(int row) => _rows[row].Kind == Kind.Mapping;

    internal string ValueOf(int row) => _values[row]!;

    internal bool IsPlain(int row) => _rows[row].IsPlain;

    internal long ExpandedSizeOf(int row) => _rows[row].ExpandedSize;

    internal long ExpandedCharactersOf(int row) => _rows[row].ExpandedCharacters;

    internal int ChildCountOf(int row) => _rows[row].ChildCount;

    internal int ChildOf(int row, int index) => _children[_rows[row].FirstChild + index];
}

/// <summary>Any node of a <see cref="YamlTree"/>: a scalar, a list or a map.</summary>
internal readonly struct YamlNode
{
    internal YamlNode(YamlTree tree, int row)
    {
        Tree = tree;
        Row = row;
    }

    internal YamlTree Tree { get; }

    /// <summary>The node's row in <see cref="Tree"/>.</summary>
    internal int Row { get; }

    public ModelSpan Span => Tree.SpanOf(Row);

    /// <summary>Nodes this one stands for once aliases are expanded: bounds alias bombs.</summary>
    public long ExpandedSize => Tree.ExpandedSizeOf(Row);

    /// <summary>Characters of the values this one stands for once aliases are expanded: bounds the work an alias multiplies.</summary>
    public long ExpandedCharacters => Tree.ExpandedCharactersOf(Row);

    /// <summary>A scalar that means null (<c>~</c>, <c>null</c>, nothing).</summary>
    public bool IsNull => Tree.IsScalar(Row) && new YamlScalar(Tree, Row).IsNull;

    public string KindName => Tree.IsScalar(Row) ? new YamlScalar(Tree, Row).KindName : Tree.IsSequence(Row) ? "a list" : "a map";

    public bool TryScalar(out YamlScalar scalar)
    {
        scalar = new YamlScalar(Tree, Row);
        return Tree.IsScalar(Row);
    }

    public bool TryMapping(out YamlMapping mapping)
    {
        mapping = new YamlMapping(Tree, Row);
        return Tree.IsMapping(Row);
    }

    public bool TrySequence(out YamlSequence sequence)
    {
        sequence = new YamlSequence(Tree, Row);
        return Tree.IsSequence(Row);
    }
}

internal readonly struct YamlScalar
{
    internal YamlScalar(YamlTree tree, int row)
    {
        Tree = tree;
        Row = row;
    }

    internal YamlTree Tree { get; }

    internal int Row { get; }

    public string Value => Tree.ValueOf(Row);

    /// <summary>Unquoted: only a plain scalar can mean null (<c>~</c>, <c>null</c>, nothing).</summary>
    public bool IsPlain => Tree.IsPlain(Row);

    public bool IsNull
    {
        get
        {
            if (!IsPlain)
            {
                return false;
            }

            string value = Value;
            return value.Length == 0 || value == "~" || value == "null" || value == "Null" || value == "NULL";
        }
    }

    public ModelSpan Span => Tree.SpanOf(Row);

    public string KindName => IsNull ? "empty" : "a single value";

    public static implicit operator YamlNode(YamlScalar scalar) => new(scalar.Tree, scalar.Row);

    /// <summary>The text: a scalar written into a message reads as what it says.</summary>
    public override string ToString() => Value;
}

internal readonly struct YamlSequence
{
    internal YamlSequence(YamlTree tree, int row)
    {
        Tree = tree;
        Row = row;
    }

    internal YamlTree Tree { get; }

    internal int Row { get; }

    public ModelSpan Span => Tree.SpanOf(Row);

    public long ExpandedSize => Tree.ExpandedSizeOf(Row);

    public long ExpandedCharacters => Tree.ExpandedCharactersOf(Row);

    public int Count => Tree.ChildCountOf(Row);

    public YamlNode this[int index] => new(Tree, Tree.ChildOf(Row, index));

    public Enumerator GetEnumerator() => new(this);

    /// <summary>The items in order, with no enumerator object.</summary>
    public struct Enumerator
    {
        private readonly YamlSequence _sequence;
        private int _index;

        internal Enumerator(YamlSequence sequence)
        {
            _sequence = sequence;
            _index = -1;
        }

        public YamlNode Current => _sequence[_index];

        public bool MoveNext() => ++_index < _sequence.Count;
    }

    public static implicit operator YamlNode(YamlSequence sequence) => new(sequence.Tree, sequence.Row);
}

/// <summary>One entry of a map: its key (always a single value) and its value.</summary>
internal readonly struct YamlEntry
{
    public YamlEntry(YamlScalar key, YamlNode value)
    {
        Key = key;
        Value = value;
    }

    public YamlScalar Key { get; }

    public YamlNode Value { get; }
}

internal readonly struct YamlMapping
{
    internal YamlMapping(YamlTree tree, int row)
    {
        Tree = tree;
        Row = row;
    }

    internal YamlTree Tree { get; }

    internal int Row { get; }

    public ModelSpan Span => Tree.SpanOf(Row);

    public long ExpandedSize => Tree.ExpandedSizeOf(Row);

    public long ExpandedCharacters => Tree.ExpandedCharactersOf(Row);

    /// <summary>Entries in document order; duplicate keys are already reported and dropped.</summary>
    public int Count => Tree.ChildCountOf(Row) / 2;

    public YamlEntry this[int index]
        => new(new YamlScalar(Tree, Tree.ChildOf(Row, 2 * index)), new YamlNode(Tree, Tree.ChildOf(Row, (2 * index) + 1)));

    public Enumerator GetEnumerator() => new(this);

    /// <summary>The entries in order, with no enumerator object.</summary>
    public struct Enumerator
    {
        private readonly YamlMapping _mapping;
        private int _index;

        internal Enumerator(YamlMapping mapping)
        {
            _mapping = mapping;
            _index = -1;
        }

        public YamlEntry Current => _mapping[_index];

        public bool MoveNext() => ++_index < _mapping.Count;
    }

    public static implicit operator YamlNode(YamlMapping mapping) => new(mapping.Tree, mapping.Row);
}
