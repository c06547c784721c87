using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Model.Diagnostics;

namespace SorAnalyzers.Model.Reading;

/// <summary>
/// The top levels of a model's files read as one: a single value (<c>name</c>, <c>namespace</c>…) is
/// taken from the first file that declares it, and a second declaration is a duplicate; the maps
/// (<c>systems</c>, <c>entities</c>) are joined entry by entry, a name declared twice being a duplicate
/// kept at its first place; the <c>flows</c> lists are joined. Files come in the reader's order, so a
/// model split across files reads exactly like the same declarations in one file.
/// </summary>
internal sealed class MergedSections
{
    private readonly IReadOnlyList<ModelSection> _tops;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, YamlScalar?> _scalars = new();
    private readonly Dictionary<string, YamlMapping?> _mappings = new();
    private readonly HashSet<string> _unreadable = new();

    public MergedSections(IReadOnlyList<ModelSection> tops, DiagnosticBag diagnostics)
    {
        _tops = tops;
        _diagnostics = diagnostics;
    }

    public ModelSection First => _tops[0];

    /// <summary>Whether any file has the key with a value.</summary>
    public bool Declares(string key) => _tops.Any(top => top.Node(key) is not null);

    /// <summary>Whether some file has the key with a value of the wrong kind (already reported).</summary>
    public bool HasUnreadable(string key) => _unreadable.Contains(key);

    public string? Text(string key) => Scalar(key)?.Value;

    public YamlScalar? Scalar(string key)
    {
        if (_scalars.TryGetValue(key, out YamlScalar? known))
        {
            return known;
        }

        YamlScalar? first = null;
        YamlScalar? firstKey = null;
        foreach (ModelSection top in _tops.Where(t => t.Node(key) is not null))
        {
            YamlScalar? value = top.Scalar(key);
            if (firstKey is not { } firstPlace)
            {
                first = value;
                firstKey = top.Key(key);
            }
            else
            {
                ReportDuplicate(top.Key(key)!.Value, firstPlace, "the model");
            }
        }

        _scalars[key] = first;
        return first;
    }

    public YamlMapping? Mapping(string key)
    {
        if (_mappings.TryGetValue(key, out YamlMapping? known))
        {
            return known;
        }

        var parts = new List<YamlMapping>();
        foreach (ModelSection top in _tops.Where(t => t.Node(key) is not null))
        {
            if (top.Mapping(key) is { } mapping)
            {
                parts.Add(mapping);
            }
            else
            {
                _unreadable.Add(key);
            }
        }

        YamlMapping? merged = parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => Join(parts, key),
        };
        _mappings[key] = merged;
        return merged;
    }

    public YamlSequence? Sequence(string key)
    {
        var parts = new List<YamlSequence>();
        foreach (ModelSection top in _tops.Where(t => t.Node(key) is not null))
        {
            if (top.Sequence(key) is { } sequence)
            {
                parts.Add(sequence);
            }
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => JoinItems(parts),
        };
    }

    private static YamlSequence JoinItems(List<YamlSequence> parts)
    {
        var items = new List<int>();
        foreach (YamlSequence part in parts)
        {
            foreach (YamlNode item in part)
            {
                items.Add(item.Row);
            }
        }

        return parts[0].Tree.AddSequence(items, parts.Sum(p => p.ExpandedSize), parts.Sum(p => p.ExpandedCharacters), parts[0].Span);
    }

    private YamlMapping Join(List<YamlMapping> parts, string key)
    {
        var seen = new Dictionary<string, YamlScalar>();
        var entries = new List<int>(); // each entry's key row, then its value row
        foreach (YamlMapping part in parts)
        {
            foreach (YamlEntry entry in part)
            {
                if (seen.TryGetValue(entry.Key.Value, out YamlScalar first))
                {
                    ReportDuplicate(entry.Key, first, key);
                    continue;
                }

                seen.Add(entry.Key.Value, entry.Key);
                entries.Add(entry.Key.Row);
                entries.Add(entry.Value.Row);
            }
        }

        return parts[0].Tree.AddMapping(entries, parts.Sum(p => p.ExpandedSize), parts.Sum(p => p.ExpandedCharacters), parts[0].Span);
    }

    private void ReportDuplicate(YamlScalar again, YamlScalar first, string where)
        => _diagnostics.AddDuplicate(ModelRules.DuplicateKey, again.Span, first.Span, again.Value, where);
}
