using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace SorAnalyzers.Model.Reading;

/// <summary>
/// One read per model input for everything loaded with this assembly: the generator and the analyzers of
/// a build, and of the builds that follow in the same compiler server, share the result of
/// <see cref="ModelReader.Read(IEnumerable{ModelSource}, ModelLimits)"/> for the same files. Keyed by
/// content (every file's path and text, compared ordinally, in the reader's order), so a new
/// <c>SourceText</c> of an unchanged file is still a hit. Bounded: the most
/// recently used <see cref="Capacity"/> inputs, together at most <see cref="MaxCharacters"/> characters of
/// model text (two models at the reader's own size limit), so it holds a few models' worth of memory at most.
/// </summary>
/// <remarks>
/// A read result is immutable (<see cref="OwnershipModel"/>'s lookup index is built once and is safe to
/// build twice), so sharing it between threads is safe. A read that throws is not cached: the caller sees
/// the exception, as it would without the cache.
/// </remarks>
public static class ModelReadCache
{
    /// <summary>How many distinct model inputs are kept: a solution's projects usually share one or two.</summary>
    public const int Capacity = 4;

    /// <summary>How much model text the kept inputs may hold together (each read holds about as much again).</summary>
    public const long MaxCharacters = 4L * 1024 * 1024;

    private static readonly object Gate = new();
    private static readonly LinkedList<Entry> Recent = new();
    private static int _reads;
    private static long _characters;

    /// <summary>How many reads the cache did (its misses) since the process started; for the benchmarks and tests.</summary>
    public static int Reads => Volatile.Read(ref _reads);

    /// <summary>The read of a model held in one text (<see cref="ModelReader.Read(string, ModelLimits)"/>).</summary>
    public static ModelReadResult Read(string text) => Read(new[] { new ModelSource(string.Empty, text) });

    /// <summary>The read of a model held in several files (<see cref="ModelReader.Read(IEnumerable{ModelSource}, ModelLimits)"/>).</summary>
    public static ModelReadResult Read(IReadOnlyList<ModelSource> sources) => Read(sources, () => ModelReader.Read(sources));

    /// <summary>
    /// The read of a model held in <paramref name="sources"/>, from the cache, or from <paramref name="read"/>,
    /// which must depend on nothing but the sources. The order of the sources does not matter (the reader
    /// takes them by path). Two callers that miss at the same time may both read; the result is the same.
    /// </summary>
    public static ModelReadResult Read(IReadOnlyList<ModelSource> sources, Func<ModelReadResult> read)
    {
        if (sources is null)
        {
            throw new ArgumentNullException(nameof(sources));
        }

        if (read is null)
        {
            throw new ArgumentNullException(nameof(read));
        }

        var key = new Key(sources);
        lock (Gate)
        {
            for (LinkedListNode<Entry>? node = Recent.First; node is not null; node = node.Next)
            {
                if (node.Value.Key.Equals(key))
                {
                    Recent.Remove(node);
                    Recent.AddFirst(node);
                    return node.Value.Result;
                }
            }
        }

        ModelReadResult result = read();
        Interlocked.Increment(ref _reads);
        if (key.Characters <= MaxCharacters / 2)
        {
            lock (Gate)
            {
                Recent.AddFirst(new Entry(key, result));
                _characters += key.Characters;
                while (Recent.Count > Capacity || _characters > MaxCharacters)
                {
                    _characters -= Recent.Last!.Value.Key.Characters;
                    Recent.RemoveLast();
                }
            }
        }

        return result;
    }

    private sealed record Entry(Key Key, ModelReadResult Result);

    /// <summary>The whole input of a read (every path and text, in path order), compared by content; its hash is computed once.</summary>
    private sealed class Key : IEquatable<Key>
    {
        private readonly ModelSource[] _sources;
        private readonly int _hash;

        public Key(IReadOnlyList<ModelSource> sources)
        {
            _sources = sources.OrderBy(s => s.Path ?? string.Empty, StringComparer.Ordinal).ToArray();
            int hash = _sources.Length;
            foreach (ModelSource source in _sources)
            {
                Characters += (source.Text ?? string.Empty).Length;
                hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(source.Path ?? string.Empty));
                hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(source.Text ?? string.Empty));
            }

            _hash = hash;
        }

        public long Characters { get; }

        public bool Equals(Key? other)
        {
            if (other is null || other._hash != _hash || other._sources.Length != _sources.Length)
            {
                return false;
            }

            for (int i = 0; i < _sources.Length; i++)
            {
                if (!string.Equals(_sources[i].Path, other._sources[i].Path, StringComparison.Ordinal)
                    || !string.Equals(_sources[i].Text, other._sources[i].Text, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => _hash;
    }
}
