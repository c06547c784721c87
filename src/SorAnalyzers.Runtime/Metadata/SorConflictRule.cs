namespace SorAnalyzers;

/// <summary>What a flow's target does with an incoming value.</summary>
public enum SorConflictRule
{
    /// <summary>The target's value is always replaced: it is a read-only copy. The default.</summary>
    OwnerWins,

    /// <summary>The target's value is replaced unless the incoming value is blank.</summary>
    OwnerUnlessBlank,

    /// <summary>
    /// The incoming value is written only while the target's value is blank: fill, never overwrite.
    /// The only rule allowed on a flow into the field's owner.
    /// </summary>
    TargetIfBlank,
}
