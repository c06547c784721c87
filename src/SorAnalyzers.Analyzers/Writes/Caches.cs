using System;
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
/// cores; a lock held by a thread that loses its core makes the others spin and then sleep (measured in a real build's
/// profile: a sixth of the write analysis was such waits). Even uncontended, a <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey,TValue}"/>
/// add took its lock's slow path: about a third of the write analysis on the codebase, where most symbols
/// are seen once or twice, went into adds. So here no operation locks: reads probe an open-addressing table published
/// whole, and one thread at a time adds (a flag, not a lock): a thread that finds another adding returns the value it
/// computed without keeping it, and the next question computes it again. Every value is a function of its key, so
/// which thread keeps it does not matter.
/// </summary>
internal sealed class Cache<TKey, TValue>
    where TKey : notnull
{
    // The table is split by the hash's top bits into segments that grow on their own, so that no table reaches the
    // large-object heap (85,000 bytes), whose allocations may start a full collection: a build's caches hold thousands
    // of symbols, and one table grew to 16,384 slots (128 KB) per compilation. A profile of a first round had put 37 of
    // the write analysis's 323 ms in that growth; a collection is the likely cause, not a proven one.
    private const int SegmentBits = 4;
    private const int FirstSegmentSize = 64;

    private readonly IEqualityComparer<TKey> _comparer;

    // Each a power-of-two table, at most half full; entries never change once written, and a grown table is published
    // only when complete, so a reader sees either table whole. Only the thread that holds _adding writes.
    private readonly Entry?[]?[] _segments = new Entry?[]?[1 << SegmentBits];
    private readonly int[] _counts = new int[1 << SegmentBits];
    private int _adding;

    public Cache(IEqualityComparer<TKey> comparer) => _comparer = comparer;

    /// <summary>The kept value, else <paramref name="make"/>'s (a static lambda: nothing is allocated on a hit).</summary>
    public TValue GetOrAdd<TArg>(TKey key, Func<TKey, TArg, TValue> make, TArg argument)
        => TryGetValue(key, out TValue known) ? known : Keep(key, make(key, argument));

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
        => TryGetValue(key, out TValue known) ? known : Keep(key, make(key));

    public bool TryGetValue(TKey key, out TValue value)
    {
        int hash = Hash(key);
        Entry?[]? slots = Volatile.Read(ref _segments[SegmentOf(hash)]);
        if (slots is null)
        {
            value = default!;
            return false;
        }

        return TryGet(slots, key, hash, out value);
    }

    /// <summary>Keeps <paramref name="value"/> unless another thread is adding now; returns the kept value, else this one.</summary>
    public TValue Keep(TKey key, TValue value)
    {
        if (Interlocked.CompareExchange(ref _adding, 1, 0) != 0)
        {
            return value;
        }

        try
        {
            int hash = Hash(key);
            int segment = SegmentOf(hash);
            Entry?[]? slots = _segments[segment];
            if (slots is null)
            {
                slots = new Entry?[FirstSegmentSize];
                Place(slots, new Entry(key, value, hash));
                Volatile.Write(ref _segments[segment], slots);
            }
            else if (TryGet(slots, key, hash, out TValue known))
            {
                return known;
            }
            else if ((_counts[segment] + 1) * 2 > slots.Length)
            {
                slots = Grown(slots);
                Place(slots, new Entry(key, value, hash));
                Volatile.Write(ref _segments[segment], slots);
            }
            else
            {
                Place(slots, new Entry(key, value, hash));
            }

            _counts[segment]++;
            return value;
        }
        finally
        {
            Volatile.Write(ref _adding, 0);
        }
    }

    private int Hash(TKey key) => _comparer.GetHashCode(key) & int.MaxValue;

    // The top bits of the 31-bit hash choose the segment; the low bits, the slot within it.
    private static int SegmentOf(int hash) => hash >> (31 - SegmentBits);

    private bool TryGet(Entry?[] slots, TKey key, int hash, out TValue value)
    {
        int mask = slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            Entry? entry = Volatile.Read(ref slots[i]);
            if (entry is null)
            {
                value = default!;
                return false;
            }

            if (entry.Hash == hash && _comparer.Equals(entry.Key, key))
            {
                value = entry.Value;
                return true;
            }
        }
    }

    /// <summary>Writes <paramref name="entry"/> into the first free slot of its probe (there is one: the table is at most half full).</summary>
    private static void Place(Entry?[] slots, Entry entry)
    {
        int mask = slots.Length - 1;
        int i = entry.Hash & mask;
        while (slots[i] is not null)
        {
            i = (i + 1) & mask;
        }

        Volatile.Write(ref slots[i], entry);
    }

    private static Entry?[] Grown(Entry?[] slots)
    {
        var grown = new Entry?[slots.Length * 2];
        foreach (Entry? entry in slots)
        {
            if (entry is not null)
            {
                Place(grown, entry);
            }
        }

        return grown;
    }

    private sealed class Entry
    {
        public Entry(TKey key, TValue value, int hash)
        {
            Key = key;
            Value = value;
            Hash = hash;
        }

        public TKey Key { get; }

        public TValue Value { get; }

        public int Hash { get; }
    }
}
