namespace SorAnalyzers;

/// <summary>One field offered to a target: its value before, the value offered, and what became of it.</summary>
public readonly struct SorFieldWrite
{
    /// <summary>Creates the account of one field's write.</summary>
    /// <param name="field">The field.</param>
    /// <param name="oldValue">The target's value before (<see langword="null"/> when absent).</param>
    /// <param name="newValue">The value offered (<see langword="null"/> when absent).</param>
    /// <param name="outcome">Whether it was written, or why not.</param>
    public SorFieldWrite(SorField field, object? oldValue, object? newValue, SorWriteOutcome outcome)
    {
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
        Outcome = outcome;
    }

    /// <summary>The field.</summary>
    public SorField Field { get; }

    /// <summary>The target's value before the write (<see langword="null"/> when absent).</summary>
    public object? OldValue { get; }

    /// <summary>The value offered (<see langword="null"/> when absent).</summary>
    public object? NewValue { get; }

    /// <summary>Whether the value was written, or why not.</summary>
    public SorWriteOutcome Outcome { get; }

    /// <summary>Returns the field, the two values and the outcome, like <c>"Account.Arr: 10 -> 12 (Written)"</c>.</summary>
    /// <returns>A one-line description; values of PII fields are masked.</returns>
    public override string ToString()
        => Field is null
            ? "(none)"
            : $"{Field.Key}: {SorAuditEntry.Show(SorAuditEntry.Mask(Field, OldValue))} -> {SorAuditEntry.Show(SorAuditEntry.Mask(Field, NewValue))} ({Outcome})";
}
