using System;
using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Naming;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Reading;

/// <summary>
/// One map of the model (the top level, a system, a field, a flow) read against the keys it may have:
/// unknown keys are reported with the nearest known key, and values are read with their kind checked.
/// </summary>
internal sealed class ModelSection
{
    private readonly YamlMapping _mapping;
    private readonly string _wherePrefix;
    private readonly string? _whereSubject;
    private readonly DiagnosticBag _diagnostics;
    private string? _where;

    public ModelSection(YamlMapping mapping, string where, string[] knownKeys, DiagnosticBag diagnostics)
        : this(mapping, where, null, knownKeys, diagnostics)
    {
    }

    /// <param name="wherePrefix">With <paramref name="whereSubject"/>, how diagnostics name the map ("field " + "Account.Arr"): joined only for a diagnostic.</param>
    public ModelSection(YamlMapping mapping, string wherePrefix, string? whereSubject, string[] knownKeys, DiagnosticBag diagnostics)
    {
        _mapping = mapping;
        _wherePrefix = wherePrefix;
        _whereSubject = whereSubject;
        _diagnostics = diagnostics;
        foreach (YamlEntry entry in mapping)
        {
            if (!Contains(knownKeys, entry.Key.Value))
            {
                string? nearest = NearestName.Find(entry.Key.Value, knownKeys);
                diagnostics.Add(ModelRules.UnknownKey, entry.Key.Span, nearest, entry.Key.Value, Where, NearestName.Hint(nearest));
            }
        }
    }

    private string Where => _where ??= _whereSubject is null ? _wherePrefix : _wherePrefix + _whereSubject;

    // An array, not a collection interface: a look through it makes no enumerator object (one per key of every map).
    private static bool Contains(string[] keys, string key)
    {
        foreach (string known in keys)
        {
            if (string.Equals(known, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public ModelSpan Span => _mapping.Span;

    public YamlScalar? Key(string key)
    {
        foreach (YamlEntry entry in _mapping)
        {
            if (entry.Key.Value == key)
            {
                return entry.Key;
            }
        }

        return null;
    }

    /// <summary>The value under <paramref name="key"/>, or null when absent or written as null.</summary>
    public YamlNode? Node(string key)
    {
        foreach (YamlEntry entry in _mapping)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value.IsNull ? null : entry.Value;
            }
        }

        return null;
    }

    /// <summary>A single value; a list or map here is reported and read as absent.</summary>
    public YamlScalar? Scalar(string key)
    {
        if (Node(key) is not { } node)
        {
            return null;
        }

        if (node.TryScalar(out YamlScalar scalar))
        {
            return scalar;
        }

        _diagnostics.Add(ModelRules.WrongNodeKind, node.Span, null, $"'{key}' of {Where}", "a single value", node.KindName);
        return null;
    }

    public string? Text(string key) => Scalar(key)?.Value;

    public bool Flag(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return false;
        }

        switch (scalar.Value.ToLowerInvariant())
        {
            case "true":
            case "yes":
                return true;
            case "false":
            case "no":
                return false;
            default:
                _diagnostics.Add(ModelRules.InvalidValue, scalar.Span, null, scalar.Value, key, "write true or false");
                return false;
        }
    }

    public YamlMapping? Mapping(string key)
    {
        if (Node(key) is not { } node)
        {
            return null;
        }

        if (node.TryMapping(out YamlMapping mapping))
        {
            return mapping;
        }

        WrongKind(key, node, "a map of names to entries");
        return null;
    }

    public YamlSequence? Sequence(string key)
    {
        if (Node(key) is not { } node)
        {
            return null;
        }

        if (node.TrySequence(out YamlSequence sequence))
        {
            return sequence;
        }

        WrongKind(key, node, "a list");
        return null;
    }

    private void WrongKind(string key, YamlNode node, string expected)
        => _diagnostics.Add(ModelRules.WrongNodeKind, node.Span, null, $"'{key}' of {Where}", expected, node.KindName);

    public static bool IsMapping(YamlNode node, string what, DiagnosticBag diagnostics, out YamlMapping mapping)
    {
        if (node.TryMapping(out mapping))
        {
            return true;
        }

        diagnostics.Add(ModelRules.WrongNodeKind, node.Span, null, what, "a map of keys to values", node.KindName);
        return false;
    }
}
