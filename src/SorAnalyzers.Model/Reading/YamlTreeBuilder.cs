using System;
using System.Collections.Generic;
using System.IO;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SorAnalyzers.Model.Reading;

/// <summary>
/// Turns YAML text into a <see cref="YamlNode"/> tree, reporting syntax errors, duplicate keys
/// and exceeded limits as diagnostics. It never throws for bad input.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private readonly ModelLimits _limits;
    private readonly List<ModelDiagnostic> _diagnostics;
    private readonly YamlTree _tree;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);

    // One buffer per depth for the children of the collection being read there (only one is open at each
    // depth at a time): the tree keeps them in one run of its children's table once the collection ends.
    private readonly List<List<int>> _childBuffers = new();

    // Short texts repeat all through a model (keys, types, owners, field names): the tree keeps one string for each.
    private readonly Dictionary<string, string> _shortTexts = new();
    private const int ShortText = 12;
    private IParser _parser = null!;
    private Scanner _scanner = null!;
    private string _text = "";
    private long _expandedNodes;
    private long _aliasedCharacters;

    private readonly int _source;

    private YamlTreeBuilder(YamlTree tree, ModelLimits limits, List<ModelDiagnostic> diagnostics, int source)
    {
        _tree = tree;
        _limits = limits;
        _diagnostics = diagnostics;
        _source = source;
    }

    /// <summary>Builds the tree of the first document, or returns null after reporting why not.</summary>
    /// <param name="tree">The table the nodes are added to (one for all files of a model).</param>
    /// <param name="source">Which of the model's files this is: every span of the tree carries it.</param>
    public static YamlNode? Build(YamlTree tree, string text, ModelLimits limits, List<ModelDiagnostic> diagnostics, int source = 0)
    {
        if (text.Length > limits.MaxCharacters)
        {
            diagnostics.Add(Diagnose(ModelRules.LimitExceeded, ModelSpan.StartOf(source),
                $"it has {text.Length:N0} characters, more than the limit of {limits.MaxCharacters:N0}"));
            return null;
        }

        return new YamlTreeBuilder(tree, limits, diagnostics, source).BuildDocument(text);
    }

    private YamlNode? BuildDocument(string text)
    {
        _text = text;
        _scanner = new Scanner(new StringReader(text));
        _parser = new Parser(_scanner);
        try
        {
            _parser.MoveNext();
            Consume<StreamStart>();
            if (_parser.Current is StreamEnd)
            {
                return null;
            }

            Consume<DocumentStart>();
            YamlNode root = ReadNode(depth: 0);
            Consume<DocumentEnd>();
            if (_parser.Current is DocumentStart start)
            {
                _diagnostics.Add(Diagnose(ModelRules.YamlSyntax, SpanOf(start.Start, start.End),
                    "the file holds more than one YAML document ('---'); keep the whole model in one"));
            }

            return root;
        }
        catch (LimitException limit)
        {
            _diagnostics.Add(Diagnose(ModelRules.LimitExceeded, limit.Span, limit.Message));
            return null;
        }
        catch (YamlException e)
        {
            // A YamlException marks where the faulty construct began (an unclosed quote), but some
            // scanner errors carry no position at all (a tab as indentation): then the scanner's own
            // position is on the offending line.
            ModelSpan span = e.Start.Index > 0 ? SpanOf(e.Start, e.Start) : SpanOf(_scanner.CurrentPosition, _scanner.CurrentPosition);
            _diagnostics.Add(Diagnose(ModelRules.YamlSyntax, WithinText(span), CleanMessage(e.Message)));
            return null;
        }
        catch (Exception)
        {
            // YamlDotNet throws InvalidOperationException with no position on an unclosed flow
            // collection: the last event the parser produced lands on the offending line.
            // Its message ("Operation is not valid due to the current state of the object") says nothing
            // to the model's author, so it is not passed on.
            _diagnostics.Add(Diagnose(ModelRules.YamlSyntax, LastEventSpan(),
                "a '{' or '[' is not closed, or the file ends in the middle of a value"));
            return null;
        }
    }

    private YamlNode ReadNode(int depth)
    {
        if (depth > _limits.MaxDepth)
        {
            throw new LimitException($"it is nested more than {_limits.MaxDepth} levels deep", LastEventSpan());
        }

        ParsingEvent current = _parser.Current ?? throw new InvalidOperationException("unexpected end of the model");
        switch (current)
        {
            case Scalar scalar:
                _parser.MoveNext();
                return Register(scalar.Anchor, _tree.AddScalar(Shared(scalar.Value), scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty, SpanOf(scalar.Start, scalar.End)));

            case AnchorAlias alias:
                _parser.MoveNext();
                if (!_anchors.TryGetValue(alias.Value.Value, out YamlNode target))
                {
                    _diagnostics.Add(Diagnose(ModelRules.YamlSyntax, SpanOf(alias.Start, alias.End),
                        $"the alias '*{alias.Value.Value}' refers to no anchor defined before it"));
                    return _tree.AddScalar(string.Empty, isPlain: true, SpanOf(alias.Start, alias.End));
                }

                Count(target.ExpandedSize, alias);
                CountAliasedCharacters(target.ExpandedCharacters, alias);
                return target;

            case SequenceStart sequenceStart:
                return ReadSequence(sequenceStart, depth);

            case MappingStart mappingStart:
                return ReadMapping(mappingStart, depth);

            default:
                throw new InvalidOperationException($"unexpected {current.GetType().Name}");
        }
    }

    private YamlNode ReadSequence(SequenceStart start, int depth)
    {
        _parser.MoveNext();
        List<int> items = Buffer(depth);
        long size = 1;
        long characters = 0;
        while (_parser.Current is not SequenceEnd)
        {
            YamlNode item = ReadNode(depth + 1);
            items.Add(item.Row);
            size += item.ExpandedSize;
            characters += item.ExpandedCharacters;
        }

        ParsingEvent end = _parser.Current;
        _parser.MoveNext();
        Count(1, start);
        YamlSequence sequence = _tree.AddSequence(items, size, characters, SpanOf(start.Start, end.End));
        items.Clear();
        return Register(start.Anchor, sequence);
    }

    private YamlNode ReadMapping(MappingStart start, int depth)
    {
        _parser.MoveNext();
        List<int> entries = Buffer(depth); // each entry's key row, then its value row

        // Duplicate keys: a look through the entries of a small map (most are: a field, a flow), a dictionary
        // once a map is big (the entities, the fields of an entity).
        Dictionary<string, YamlScalar>? seen = null;
        long size = 1;
        long characters = 0;
        while (_parser.Current is not MappingEnd)
        {
            YamlNode keyNode = ReadNode(depth + 1);
            YamlNode value = ReadNode(depth + 1);
            size += keyNode.ExpandedSize + value.ExpandedSize;
            characters += keyNode.ExpandedCharacters + value.ExpandedCharacters;
            if (!keyNode.TryScalar(out YamlScalar key))
            {
                _diagnostics.Add(Diagnose(ModelRules.WrongNodeKind, keyNode.Span, "A key", "a single word", keyNode.KindName));
                continue;
            }

            if (FirstKey(entries, ref seen, key.Value) is { } first)
            {
                _diagnostics.Add(new ModelDiagnostic(ModelRules.DuplicateKey, key.Span,
                    new[] { key.Value, "this map" }.ToEquatableArray(), first.Span));
                continue;
            }

            seen?.Add(key.Value, key);
            entries.Add(keyNode.Row);
            entries.Add(value.Row);
        }

        ParsingEvent end = _parser.Current;
        _parser.MoveNext();
        Count(1, start);
        YamlMapping mapping = _tree.AddMapping(entries, size, characters, SpanOf(start.Start, end.End));
        entries.Clear();
        return Register(start.Anchor, mapping);
    }

    private List<int> Buffer(int depth)
    {
        while (_childBuffers.Count <= depth)
        {
            _childBuffers.Add(new List<int>());
        }

        return _childBuffers[depth];
    }

    private string Shared(string text)
    {
        if (text.Length > ShortText)
        {
            return text;
        }

        if (_shortTexts.TryGetValue(text, out string? shared))
        {
            return shared;
        }

        _shortTexts.Add(text, text);
        return text;
    }

    private const int SmallMap = 8;

    /// <summary>The key already in <paramref name="entries"/> with this text, or null; past <see cref="SmallMap"/> entries, by <paramref name="seen"/> (made then).</summary>
    private YamlScalar? FirstKey(List<int> entries, ref Dictionary<string, YamlScalar>? seen, string key)
    {
        if (seen is null && entries.Count >= 2 * SmallMap)
        {
            seen = new Dictionary<string, YamlScalar>(entries.Count, StringComparer.Ordinal);
            for (int i = 0; i < entries.Count; i += 2)
            {
                var known = new YamlScalar(_tree, entries[i]);
                seen.Add(known.Value, known);
            }
        }

        if (seen is not null)
        {
            return seen.TryGetValue(key, out YamlScalar first) ? first : null;
        }

        for (int i = 0; i < entries.Count; i += 2)
        {
            var known = new YamlScalar(_tree, entries[i]);
            if (string.Equals(known.Value, key, StringComparison.Ordinal))
            {
                return known;
            }
        }

        return null;
    }

    private void Count(long nodes, ParsingEvent at)
    {
        _expandedNodes += nodes;
        if (_expandedNodes > _limits.MaxExpandedNodes)
        {
            throw new LimitException(
                $"once its aliases are expanded it has more than {_limits.MaxExpandedNodes:N0} values (an alias bomb?)",
                SpanOf(at.Start, at.End));
        }
    }

    /// <summary>
    /// Every alias repeats the text of what it names: a short file can stand for gigabytes (one long
    /// description reused by thousands of fields), which the generator would then write out as many times.
    /// </summary>
    private void CountAliasedCharacters(long characters, ParsingEvent at)
    {
        _aliasedCharacters += characters;
        if (_aliasedCharacters > _limits.MaxAliasedCharacters)
        {
            throw new LimitException(
                $"its aliases repeat more than {_limits.MaxAliasedCharacters:N0} characters of text once expanded; write long values once instead of reusing them through aliases",
                SpanOf(at.Start, at.End));
        }
    }

    private YamlNode Register(AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return node;
    }

    private void Consume<T>()
        where T : ParsingEvent
    {
        if (_parser.Current is not T)
        {
            throw new InvalidOperationException($"expected {typeof(T).Name} but found {_parser.Current?.GetType().Name ?? "the end"}");
        }

        _parser.MoveNext();
    }

    private ModelSpan LastEventSpan()
    {
        ParsingEvent? current = null;
        try
        {
            current = _parser.Current;
        }
        catch (Exception)
        {
            // The parser's state is broken; fall back to the start of the file.
        }

        return current is null ? ModelSpan.StartOf(_source) : WithinText(SpanOf(current.Start, current.End));
    }

    /// <summary>
    /// At the very end of a file without a final line break, the parser's marks stand on a line after the
    /// last one: such a span becomes the end of the text, so a diagnostic never points past the file.
    /// </summary>
    private ModelSpan WithinText(ModelSpan span)
    {
        int lastLine = 0;
        int lastLineStart = 0;
        for (int i = 0; i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                lastLine++;
                lastLineStart = i + 1;
            }
        }

        if (span.StartLine <= lastLine && span.EndLine <= lastLine && span.End <= _text.Length)
        {
            return span;
        }

        var end = new ModelSpan(_text.Length, _text.Length, lastLine, _text.Length - lastLineStart, lastLine, _text.Length - lastLineStart, _source);
        return span.StartLine <= lastLine && span.Start <= _text.Length
            ? span with { End = Math.Min(span.End, _text.Length), EndLine = end.EndLine, EndColumn = end.EndColumn }
            : end;
    }

    private ModelSpan SpanOf(Mark start, Mark end)
    {
        int startIndex = (int)Math.Max(0, start.Index);
        int endIndex = (int)Math.Max(startIndex, end.Index);
        return new ModelSpan(
            startIndex,
            endIndex,
            (int)Math.Max(0, start.Line - 1),
            (int)Math.Max(0, start.Column - 1),
            (int)Math.Max(0, end.Line - 1),
            (int)Math.Max(0, end.Column - 1),
            _source);
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes positions like "(Line: 3, Col: 5, Idx: 20) - (…): "; the diagnostic has its own.
        int at = message.LastIndexOf("): ", StringComparison.Ordinal);
        string text = at >= 0 ? message.Substring(at + 3) : message;
        return text.Trim().TrimEnd('.');
    }

    private static ModelDiagnostic Diagnose(ModelRule rule, ModelSpan span, params string[] arguments)
        => new(rule, span, arguments.ToEquatableArray());

    private sealed class LimitException : Exception
    {
        public LimitException(string message, ModelSpan span)
            : base(message) => Span = span;

        public ModelSpan Span { get; }
    }
}
