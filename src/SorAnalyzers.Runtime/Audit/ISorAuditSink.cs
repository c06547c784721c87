namespace SorAnalyzers;

/// <summary>
/// Where a <see cref="SorChangeSet"/> sends its audit entries. Entries arrive with PII values already
/// masked. Called on the thread that makes the write.
/// </summary>
public interface ISorAuditSink
{
    /// <summary>Records one entry.</summary>
    /// <param name="entry">The entry; its PII values are masked.</param>
    void Write(SorAuditEntry entry);
}
