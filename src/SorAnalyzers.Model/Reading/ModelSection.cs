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

    public ModelSection(YamlMapping mapping, string where, IReadOnlyCollection<string> knownKeys, DiagnosticBag diagnostics)
        : this(mapping, where, null, knownKeys, diagnostics)
    {
    }

    /// <param name="wherePrefix">With <paramref name="whereSubject"/>, how diagnostics name the map ("field " + "Account.Arr"): joined only for a diagnostic.</param>
    public ModelSection(YamlMapping mapping, string wherePrefix, string? whereSubject, IReadOnlyCollection<string> knownKeys, DiagnosticBag diagnostics)
    {
        _mapping = mapping;
        _wherePrefix = wherePrefix;
        _whereSubject = whereSubject;
        _diagnostics = diagnostics;
        foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
        {
            if (!Contains(knownKeys, entry.Key.Value))
            {
                string? nearest = NearestName.Find(entry.Key.Value, knownKeys);
                diagnostics.Add(ModelRules.UnknownKey, entry.Key.Span, nearest, entry.Key.Value, Where, NearestName.Hint(nearest));
            }
        }
    }

    private string Where => _where ??= _whereSubject is null ? _wherePrefix : _wherePrefix + _whereSubject;

    private static bool Contains(IReadOnlyCollection<string> keys, string key)
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
        foreach (KeyValuePair<YamlScalar, YamlNode> entry in _mapping.Entries)
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
        foreach (KeyValuePair<YamlScalar, YamlNode> entry in _mapping.Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value is YamlScalar { IsNull: true } ? null : entry.Value;
            }
        }

        return null;
    }

    /// <summary>A single value; a list or map here is reported and read as absent.</summary>
    public YamlScalar? Scalar(string key)
    {
        YamlNode? node = Node(key);
        if (node is null or YamlScalar)
        {
            return (YamlScalar?)node;
        }

        _diagnostics.Add(ModelRules.WrongNodeKind, node.Span, null, $"'{key}' of {Where}", "a single value", node.KindName);
        return null;
    }

    public string? Text(string key) => Scalar(key)?.Value;

    public bool Flag(string key)
    {
        YamlScalar? scalar = Scalar(key);
        if (scalar is null)
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

    public YamlMapping? Mapping(string key) => As<YamlMapping>(key, "a map of names to entries");

    public YamlSequence? Sequence(string key) => As<YamlSequence>(key, "a list");

    private T? As<T>(string key, string expected)
        where T : YamlNode
    {
        YamlNode? node = Node(key);
        if (node is null or T)
        {
            return (T?)node;
        }

        _diagnostics.Add(ModelRules.WrongNodeKind, node.Span, null, $"'{key}' of {Where}", expected, node.KindName);
        return null;
    }

    public static bool IsMapping(YamlNode node, string what, DiagnosticBag diagnostics, out YamlMapping mapping)
    {
        if (node is YamlMapping m)
        {
            mapping = m;
            return true;
        }

        mapping = null!;
        diagnostics.Add(ModelRules.WrongNodeKind, node.Span, null, what, "a map of keys to values", node.KindName);
        return false;
    }
}
