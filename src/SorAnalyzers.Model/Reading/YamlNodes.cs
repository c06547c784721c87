using System.Collections.Generic;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Reading;

/// <summary>
/// A minimal YAML tree that keeps every node's span. We build it from parser events ourselves
/// (instead of YamlStream) to see duplicate keys, bound depth and alias expansion, and keep positions.
/// It lives while the model is read and is small for that: collections are exact arrays, and the short
/// texts that repeat (keys, types, system ids) are one string each (<see cref="YamlTreeBuilder"/>).
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(ModelSpan span) => Span = span;

    public ModelSpan Span { get; }

    /// <summary>Nodes this one stands for once aliases are expanded: bounds alias bombs.</summary>
    public abstract long ExpandedSize { get; }

    /// <summary>Characters of the values this one stands for once aliases are expanded: bounds the work an alias multiplies.</summary>
    public abstract long ExpandedCharacters { get; }

    public abstract string KindName { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, ModelSpan span)
        : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Unquoted: only a plain scalar can mean null (<c>~</c>, <c>null</c>, nothing).</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override long ExpandedSize => 1;

    public override long ExpandedCharacters => Value.Length;

    public override string KindName => IsNull ? "empty" : "a single value";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(YamlNode[] items, long expandedSize, long expandedCharacters, ModelSpan span)
        : base(span)
    {
        Items = items;
        ExpandedSize = expandedSize;
        ExpandedCharacters = expandedCharacters;
    }

    /// <summary>An array, not a list interface: readers loop over it without an enumerator object.</summary>
    public YamlNode[] Items { get; }

    public override long ExpandedSize { get; }

    public override long ExpandedCharacters { get; }

    public override string KindName => "a list";
}

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(KeyValuePair<YamlScalar, YamlNode>[] entries, long expandedSize, long expandedCharacters, ModelSpan span)
        : base(span)
    {
        Entries = entries;
        ExpandedSize = expandedSize;
        ExpandedCharacters = expandedCharacters;
    }

    /// <summary>Entries in document order; duplicate keys are already reported and dropped.</summary>
    public KeyValuePair<YamlScalar, YamlNode>[] Entries { get; }

    public override long ExpandedSize { get; }

    public override long ExpandedCharacters { get; }

    public override string KindName => "a map";
}
