using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SorAnalyzers;

/// <summary>
/// One run of writes (a sync job, a batch): records attached to it (<see cref="SorRecord.ChangeSet"/>)
/// send every write to the audit sink, stamped with the time from <see cref="TimeProvider"/>, and it
/// remembers which values arrived through which flow, so that applying a flow never sends a value back
/// to the system it came from (the loop guard). Not thread-safe.
/// </summary>
public sealed class SorChangeSet
{
    private readonly Dictionary<Slot, Arrival> _arrivals = new(SlotComparer.Instance);
    private readonly Dictionary<string, SorField> _fields = new(StringComparer.Ordinal);

    /// <summary>Creates a change set.</summary>
    /// <param name="sink">Where audit entries go, or <see langword="null"/> to keep no audit trail (the loop guard still works).</param>
    /// <param name="timeProvider">The clock of the audit entries; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="fields">
    /// The model's fields (the generated <c>SorCatalog.Fields</c>), to audit writes made by key
    /// (<see cref="SorRecord.Set(string, object)"/>) under their field; a key not found there is audited
    /// with its values masked, since nothing says whether it holds personal data.
    /// </param>
    public SorChangeSet(ISorAuditSink? sink = null, TimeProvider? timeProvider = null, IEnumerable<SorField>? fields = null)
    {
        Sink = sink;
        TimeProvider = timeProvider ?? TimeProvider.System;
        if (fields is not null)
        {
            foreach (SorField field in fields)
            {
                _fields[field.Key] = field;
            }
        }
    }

    /// <summary>Where audit entries go, or <see langword="null"/>.</summary>
    public ISorAuditSink? Sink { get; }

    /// <summary>The clock of the audit entries.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Attaches <paramref name="record"/>: its writes are audited here from now on.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public SorRecord Attach(SorRecord record)
    {
        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        record.ChangeSet = this;
        return record;
    }

    /// <summary>Whether <paramref name="value"/> is the value of <paramref name="field"/> that arrived in <paramref name="record"/> from <paramref name="system"/>.</summary>
    internal bool CameFrom(SorRecord record, SorField field, string system, object? value)
        => _arrivals.TryGetValue(new Slot(record, field.Key), out Arrival arrival)
            && string.Equals(arrival.From, system, StringComparison.Ordinal)
            && SorValues.Same(arrival.Value, value);

    /// <summary>The descriptor of a key, or a stand-in that masks its values (PII unless known otherwise).</summary>
    internal SorField FieldOf(string entity, string key)
    {
        if (!_fields.TryGetValue(key, out SorField? field))
        {
            string name = key.Substring(entity.Length + 1);
            _fields[key] = field = new SorField<object>(entity, name, UnknownOwner, new[] { UnknownOwner }, Array.Empty<SorFlowInfo>(), isPii: true);
        }

        return field;
    }

    internal void Record(SorRecord record, SorField field, object? oldValue, object? newValue, SorWriter writer, SorWriteOutcome outcome, string? arrivedFrom)
    {
        if (outcome == SorWriteOutcome.Written)
        {
            var slot = new Slot(record, field.Key);
            if (arrivedFrom is null)
            {
                _arrivals.Remove(slot);
            }
            else
            {
                _arrivals[slot] = new Arrival(arrivedFrom, newValue);
            }
        }

        Sink?.Write(new SorAuditEntry(field, record.Id, oldValue, newValue, writer, outcome, TimeProvider.GetUtcNow()));
    }

    private const string UnknownOwner = "(unknown)";

    private readonly struct Slot
    {
        public Slot(SorRecord record, string key)
        {
            Record = record;
            Key = key;
        }

        public SorRecord Record { get; }

        public string Key { get; }
    }

    private readonly struct Arrival
    {
        public Arrival(string from, object? value)
        {
            From = from;
            Value = value;
        }

        public string From { get; }

        public object? Value { get; }
    }

    // Records by identity (two systems' copies of one customer are two records), fields by key.
    private sealed class SlotComparer : IEqualityComparer<Slot>
    {
        public static readonly SlotComparer Instance = new();

        public bool Equals(Slot x, Slot y) => ReferenceEquals(x.Record, y.Record) && string.Equals(x.Key, y.Key, StringComparison.Ordinal);

        public int GetHashCode(Slot slot) => (RuntimeHelpers.GetHashCode(slot.Record) * 397) ^ StringComparer.Ordinal.GetHashCode(slot.Key);
    }
}
