using System;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// One thread's last answer to a question an asker (one per compilation) is asked again and again with the same key:
/// a thread's callbacks come file by file and member by member, so most questions repeat the one before and cost no
/// shared lookup. Held weakly: a thread keeps no key, asker or compilation alive. Each asker keeps one per thread
/// in a <c>[ThreadStatic]</c> field of its own.
/// </summary>
internal sealed class LastAnswer<TKey, TAsker, TValue>
    where TKey : class
    where TAsker : class
{
    private readonly WeakReference<TKey> _key = new(null!);
    private readonly WeakReference<TAsker> _asker = new(null!);
    private TValue _value = default!;

    /// <summary>The value kept for <paramref name="key"/> when <paramref name="asker"/> was the last to ask on this thread.</summary>
    public bool TryGet(TKey key, TAsker asker, out TValue value)
    {
        if (_key.TryGetTarget(out TKey? lastKey) && ReferenceEquals(lastKey, key)
            && _asker.TryGetTarget(out TAsker? lastAsker) && ReferenceEquals(lastAsker, asker))
        {
            value = _value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Keep(TKey key, TAsker asker, TValue value)
    {
        _key.SetTarget(key);
        _asker.SetTarget(asker);
        _value = value;
    }
}
