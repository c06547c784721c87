using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// The per-compilation caches the analyzers' callbacks share. A build runs the callbacks on several threads at once,
/// and a <see cref="ConcurrentDictionary{TKey,TValue}"/> made with the default constructor has one lock per core: two
/// threads adding at once then wait on each other, and on a loaded machine a thread that holds a lock may lose its
/// core, so the wait lasts a scheduler's time slice. Many locks, and room for a build's thousands of entries from the
/// start, make that rare: a table grows once a lock guards more than its share of the buckets (capacity / locks), and
/// growing takes every lock while all entries are hashed again. Reads take no lock either way.
/// </summary>
internal static class Caches
{
    private const int Locks = 64;

    private const int Capacity = 4096;

    /// <summary>A cache keyed by symbol (<see cref="SymbolEqualityComparer.Default"/>).</summary>
    public static ConcurrentDictionary<TSymbol, TValue> BySymbol<TSymbol, TValue>()
        where TSymbol : class, ISymbol
        => new(Locks, Capacity, SymbolEqualityComparer.Default);

    public static ConcurrentDictionary<TKey, TValue> By<TKey, TValue>(IEqualityComparer<TKey>? comparer = null)
        => new(Locks, Capacity, comparer ?? EqualityComparer<TKey>.Default);
}
