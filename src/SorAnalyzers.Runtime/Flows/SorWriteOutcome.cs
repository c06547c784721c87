namespace SorAnalyzers;

/// <summary>What became of one field's value offered to a target: written, or skipped and why.</summary>
public enum SorWriteOutcome
{
    /// <summary>The value was written.</summary>
    Written,

    /// <summary>
    /// Skipped: the incoming value is blank and the flow's rule keeps the target's value
    /// (<see cref="SorConflictRule.OwnerUnlessBlank"/>, or <see cref="SorConflictRule.TargetIfBlank"/> with nothing to fill).
    /// </summary>
    IncomingBlank,

    /// <summary>Skipped: the flow only fills blanks (<see cref="SorConflictRule.TargetIfBlank"/>) and the target has a value.</summary>
    TargetNotBlank,

    /// <summary>Skipped: the field is immutable and the target's value is already set.</summary>
    Immutable,

    /// <summary>
    /// Skipped: the rules allowed the write, but the value arrived in the source from this flow's target in
    /// the same change set; writing it back would send the target its own (possibly outdated) value.
    /// </summary>
    Loop,
}
