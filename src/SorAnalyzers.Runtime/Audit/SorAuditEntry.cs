using System;
using System.Globalization;

namespace SorAnalyzers;

/// <summary>
/// One write (or skipped write) of one field: which record, the value before and after, who wrote it and
/// when. Values of PII fields are masked when the entry is made, so no sink can ever see them.
/// </summary>
public sealed class SorAuditEntry
{
    /// <summary>What a masked (PII) value that is not blank reads as.</summary>
    public const string MaskedValue = "***";

    /// <summary>Creates an entry; values of a PII field are masked here.</summary>
    /// <param name="field">The field written.</param>
    /// <param name="recordId">The record's id, or <see langword="null"/> when the record has none.</param>
    /// <param name="oldValue">The value before.</param>
    /// <param name="newValue">The value offered.</param>
    /// <param name="writer">Who wrote.</param>
    /// <param name="outcome">Whether the value was written, or why not.</param>
    /// <param name="time">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public SorAuditEntry(SorField field, string? recordId, object? oldValue, object? newValue, SorWriter writer, SorWriteOutcome outcome, DateTimeOffset time)
    {
        Field = field ?? throw new ArgumentNullException(nameof(field));
        RecordId = recordId;
        OldValue = Mask(field, oldValue);
        NewValue = Mask(field, newValue);
        Writer = writer;
        Outcome = outcome;
        Time = time;
    }

    /// <summary>The field.</summary>
    public SorField Field { get; }

    /// <summary>The entity (<c>"Account"</c>).</summary>
    public string Entity => Field.Entity;

    /// <summary>The record's id, or <see langword="null"/> when the record has none.</summary>
    public string? RecordId { get; }

    /// <summary>The value before; <see cref="MaskedValue"/> for a PII field that had one.</summary>
    public object? OldValue { get; }

    /// <summary>The value offered; <see cref="MaskedValue"/> for a PII field that is not blank.</summary>
    public object? NewValue { get; }

    /// <summary>Whether the values are masked: the field holds personal data.</summary>
    public bool IsMasked => Field.IsPii;

    /// <summary>Who wrote.</summary>
    public SorWriter Writer { get; }

    /// <summary>Whether the value was written, or why not.</summary>
    public SorWriteOutcome Outcome { get; }

    /// <summary>When, from the change set's <see cref="System.TimeProvider"/>.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>
    /// One line: <c>2026-11-30T05:00:00.0000000+00:00 Account acme Arr: (blank) -> 48000 by flow:billing-to-crm (Written)</c>.
    /// </summary>
    /// <returns>The entry as text, values in the invariant culture.</returns>
    public override string ToString()
        => $"{Time.ToString("O", CultureInfo.InvariantCulture)} {Entity} {RecordId ?? "(no id)"} {Field.Name}: {Show(OldValue)} -> {Show(NewValue)} by {Writer} ({Outcome})";

    /// <summary>
    /// A PII value as the audit shows it: a blank one as it is (null, empty or white space tells nothing
    /// about a person, and shows that the value was cleared), anything else as <see cref="MaskedValue"/>.
    /// </summary>
    internal static object? Mask(SorField field, object? value)
        => !field.IsPii || field.IsBlank(value) ? value : MaskedValue;

    /// <summary>
    /// A value as text: <c>(blank)</c> for null, strings quoted (the mask is not), dates as ISO 8601,
    /// numbers in the invariant culture.
    /// </summary>
    internal static string Show(object? value) => value switch
    {
        null => "(blank)",
        MaskedValue => MaskedValue,
        string text => "\"" + text + "\"",
        DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("O", CultureInfo.InvariantCulture),
#if NET6_0_OR_GREATER
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
#endif
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
