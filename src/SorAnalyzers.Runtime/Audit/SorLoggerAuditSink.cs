using System;
using System.Collections;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace SorAnalyzers;

/// <summary>
/// Writes each audit entry as a structured log event through <see cref="ILogger"/>
/// (Microsoft.Extensions.Logging), with the properties <c>Entity</c>, <c>RecordId</c>, <c>Field</c>,
/// <c>OldValue</c>, <c>NewValue</c>, <c>Writer</c>, <c>Outcome</c> and <c>AuditTime</c> (the change set's
/// clock). A written value is event 1 (<c>SorWrite</c>), a skipped one event 2 (<c>SorWriteSkipped</c>),
/// both at <see cref="LogLevel.Information"/>. PII values arrive masked.
/// </summary>
public sealed class SorLoggerAuditSink : ISorAuditSink
{
    /// <summary>The event of a written value.</summary>
    public static readonly EventId WriteEvent = new(1, "SorWrite");

    /// <summary>The event of a skipped value.</summary>
    public static readonly EventId SkipEvent = new(2, "SorWriteSkipped");

    private const string WriteFormat = "{Entity} {RecordId} {Field}: {OldValue} -> {NewValue} by {Writer} ({Outcome}) at {AuditTime}";
    private const string SkipFormat = "{Entity} {RecordId} {Field}: kept {OldValue}, not {NewValue} from {Writer} ({Outcome}) at {AuditTime}";

    private static readonly Func<State, Exception?, string> Formatter = (state, _) => state.ToString();

    private readonly ILogger _logger;

    /// <summary>Writes to <paramref name="logger"/>.</summary>
    /// <param name="logger">The logger, typically the sync job's <c>ILogger&lt;T&gt;</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> is null.</exception>
    public SorLoggerAuditSink(ILogger logger)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc/>
    public void Write(SorAuditEntry entry)
    {
        if (entry is null)
        {
            throw new ArgumentNullException(nameof(entry));
        }

        if (_logger.IsEnabled(LogLevel.Information))
        {
            bool written = entry.Outcome == SorWriteOutcome.Written;
            _logger.Log(LogLevel.Information, written ? WriteEvent : SkipEvent, new State(entry, written ? WriteFormat : SkipFormat), null, Formatter);
        }
    }

    // The structured state: the properties in template order, then {OriginalFormat}, as LoggerMessage does it.
    private readonly struct State : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly SorAuditEntry _entry;
        private readonly string _format;

        public State(SorAuditEntry entry, string format)
        {
            _entry = entry;
            _format = format;
        }

        public int Count => 9;

        public KeyValuePair<string, object?> this[int index] => index switch
        {
            0 => new("Entity", _entry.Entity),
            1 => new("RecordId", _entry.RecordId),
            2 => new("Field", _entry.Field.Name),
            3 => new("OldValue", _entry.OldValue),
            4 => new("NewValue", _entry.NewValue),
            5 => new("Writer", _entry.Writer.ToString()),
            6 => new("Outcome", _entry.Outcome.ToString()),
            7 => new("AuditTime", _entry.Time),
            8 => new("{OriginalFormat}", _format),
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString()
        {
            string text = $"{_entry.Entity} {_entry.RecordId ?? "(no id)"} {_entry.Field.Name}: ";
            string values = _entry.Outcome == SorWriteOutcome.Written
                ? $"{SorAuditEntry.Show(_entry.OldValue)} -> {SorAuditEntry.Show(_entry.NewValue)} by {_entry.Writer}"
                : $"kept {SorAuditEntry.Show(_entry.OldValue)}, not {SorAuditEntry.Show(_entry.NewValue)} from {_entry.Writer}";
            return text + values + $" ({_entry.Outcome}) at {_entry.Time.ToString("O", System.Globalization.CultureInfo.InvariantCulture)}";
        }
    }
}
