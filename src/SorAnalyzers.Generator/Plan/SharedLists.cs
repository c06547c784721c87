using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Plan;

/// <summary>
/// One array for each distinct list of strings a plan holds many times over (a field's holders, the flows that carry
/// it): a model has far fewer such lists than fields, so the plan keeps, and the collector traces, one copy of each.
/// Lists are found by their first item, then compared; a first item with many different lists stops sharing.
/// </summary>
internal sealed class SharedLists
{
    private const int MaxPerFirstItem = 16;

    // Lists of a reference type, not of the struct: generic code over a new value type is compiled anew by every cold compiler.
    private readonly Dictionary<string, List<Shared>> _byFirst = new(StringComparer.Ordinal);

    /// <summary>The shared array equal to <paramref name="items"/> (which the caller may then reuse).</summary>
    public EquatableArray<string> Of(List<string> items)
    {
        if (items.Count == 0)
        {
            return EquatableArray<string>.Empty;
        }

        if (!_byFirst.TryGetValue(items[0], out List<Shared>? known))
        {
            _byFirst[items[0]] = known = new List<Shared>();
        }

        foreach (Shared candidate in known)
        {
            if (SameItems(candidate.Items, items))
            {
                return candidate.Items;
            }
        }

        var copy = ImmutableArray.CreateBuilder<string>(items.Count);
        copy.AddRange(items);
        var shared = new EquatableArray<string>(copy.MoveToImmutable());
        if (known.Count < MaxPerFirstItem)
        {
            known.Add(new Shared(shared));
        }

        return shared;
    }

    private static bool SameItems(EquatableArray<string> candidate, List<string> items)
    {
        if (candidate.Count != items.Count)
        {
            return false;
        }

        for (int i = 0; i < items.Count; i++)
        {
            if (!string.Equals(candidate[i], items[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Shared
    {
        public Shared(EquatableArray<string> items) => Items = items;

        public EquatableArray<string> Items { get; }
    }
}
