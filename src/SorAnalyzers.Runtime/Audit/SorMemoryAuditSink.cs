using System.Collections.Generic;

namespace SorAnalyzers;

/// <summary>Keeps every audit entry in memory, in order: for tests, reports and small jobs. Not thread-safe.</summary>
public sealed class SorMemoryAuditSink : ISorAuditSink
{
    private readonly List<SorAuditEntry> _entries = new();

    /// <summary>The entries so far, oldest first.</summary>
    public IReadOnlyList<SorAuditEntry> Entries => _entries;

    /// <inheritdoc/>
    public void Write(SorAuditEntry entry) => _entries.Add(entry);

    /// <summary>Forgets every entry.</summary>
    public void Clear() => _entries.Clear();
}
