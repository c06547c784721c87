using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SorAnalyzers.Analyzers.Writes;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests.Writes;

/// <summary>
/// The analyzers' lock-free cache: what it keeps it returns, it grows past its first table without losing an entry,
/// keys are told apart by its comparer even when their hashes collide, and threads that read and add at once each get
/// the function of their key, never another key's value.
/// </summary>
public class CachesTests
{
    [Fact]
    public void Keeps_a_value_and_returns_it_instead_of_a_new_one()
    {
        var cache = Caches.By<string, string>(StringComparer.Ordinal);

        Assert.False(cache.TryGetValue("a", out _));
        Assert.Equal("first", cache.Keep("a", "first"));
        Assert.Equal("first", cache.Keep("a", "second"));
        Assert.Equal("first", cache.GetOrAdd("a", static _ => "third"));
        Assert.True(cache.TryGetValue("a", out string? kept));
        Assert.Equal("first", kept);
    }

    [Fact]
    public void Grows_past_its_first_table_and_keeps_every_entry()
    {
        var cache = Caches.By<int, int>();

        for (int key = 0; key < 20_000; key++)
        {
            Assert.Equal(key * 3, cache.GetOrAdd(key, static (k, factor) => k * factor, 3));
        }

        for (int key = 0; key < 20_000; key++)
        {
            Assert.True(cache.TryGetValue(key, out int value), $"key {key} lost");
            Assert.Equal(key * 3, value);
        }

        Assert.False(cache.TryGetValue(20_000, out _));
    }

    [Fact]
    public void Tells_apart_keys_whose_hashes_collide()
    {
        var cache = Caches.By<string, string>(new OneHash());

        foreach (string key in new[] { "a", "b", "c", "d" })
        {
            cache.Keep(key, key.ToUpperInvariant());
        }

        Assert.Equal(new[] { "A", "B", "C", "D" }, new[] { "a", "b", "c", "d" }.Select(k => cache.TryGetValue(k, out string? v) ? v : null));
        Assert.False(cache.TryGetValue("e", out _));
    }

    [Fact]
    public void Threads_reading_and_adding_at_once_each_get_their_keys_value()
    {
        var cache = Caches.By<int, string>();
        int wrong = 0;
        int made = 0;

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            var random = new Random(worker);
            for (int i = 0; i < 50_000; i++)
            {
                int key = random.Next(30_000);
                string value = cache.GetOrAdd(key, static k => Make(k));
                if (value != "v" + key)
                {
                    Interlocked.Increment(ref wrong);
                }
            }

            Interlocked.Increment(ref made);
        });

        Assert.Equal(8, made);
        Assert.Equal(0, wrong);

        // Whatever was kept is right; a key left out (its add found another thread adding) is simply asked again.
        int kept = 0;
        for (int key = 0; key < 30_000; key++)
        {
            if (cache.TryGetValue(key, out string? value))
            {
                Assert.Equal("v" + key, value);
                kept++;
            }
        }

        Assert.True(kept > 0);
    }

    private static string Make(int key) => "v" + key;

    /// <summary>Every string has the same hash: only equality tells keys apart.</summary>
    private sealed class OneHash : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj) => 7;
    }
}
