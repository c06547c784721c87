using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>The per-compilation caches the analyzers' callbacks share.</summary>
internal static class Caches
{
    /// <summary>A cache keyed by symbol (<see cref="SymbolEqualityComparer.Default"/>).</summary>
    public static Cache<TSymbol, TValue> BySymbol<TSymbol, TValue>()
        where TSymbol : class, ISymbol
        => new(SymbolEqualityComparer.Default);

    public static Cache<TKey, TValue> By<TKey, TValue>(IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
        => new(comparer ?? EqualityComparer<TKey>.Default);
}

/// <summary>
/// A cache that no callback ever waits for. A build runs the callbacks on several threads at once, more threads than
/// cores; a <see cref="ConcurrentDictionary{TKey,TValue}"/> takes a lock to add, and a thread that holds one may lose
/// its core, so the others spin and then sleep for a scheduler's time slice (measured in a real build's profile: a
/// sixth of the write analysis was such waits, on adds of a few thousand symbols). Here reads take no lock, and one
/// thread at a time adds: a thread that finds another adding returns the value it computed without keeping it, and
/// the next question computes it again. Every value is a function of its key, so which thread keeps it does not matter.
/// </summary>
internal sealed class Cache<TKey, TValue>
    where TKey : notnull
{
    // One writer at a time: the dictionary's own lock is never contended. Room for a build's thousands of entries from
    // the start (growing rehashes every entry).
    private readonly ConcurrentDictionary<TKey, TValue> _entries;
    private int _adding;

    public Cache(IEqualityComparer<TKey> comparer) => _entries = new ConcurrentDictionary<TKey, TValue>(1, 4096, comparer);

    /// <summary>The kept value, else <paramref name="make"/>'s (a static lambda: nothing is allocated on a hit).</summary>
    public TValue GetOrAdd<TArg>(TKey key, Func<TKey, TArg, TValue> make, TArg argument)
        => _entries.TryGetValue(key, out TValue? known) ? known : Keep(key, make(key, argument));

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
        => _entries.TryGetValue(key, out TValue? known) ? known : Keep(key, make(key));

    public bool TryGetValue(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>Keeps <paramref name="value"/> unless another thread is adding now; returns the kept value, else this one.</summary>
    public TValue Keep(TKey key, TValue value)
    {
        if (Interlocked.CompareExchange(ref _adding, 1, 0) != 0)
        {
            return value;
        }

        try
        {
            return _entries.GetOrAdd(key, value);
        }
        finally
        {
            Volatile.Write(ref _adding, 0);
        }
    }
}
