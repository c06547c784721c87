namespace SorAnalyzers.Model.Definitions;

/// <summary>What a flow's target does with an incoming value.</summary>
public enum ConflictRule
{
    /// <summary>The target's value is always replaced: it is a read-only copy.</summary>
    OwnerWins,

    /// <summary>Replaced unless the incoming value is blank.</summary>
    OwnerUnlessBlank,

    /// <summary>Written only while the target's value is blank: fill, never overwrite.</summary>
    TargetIfBlank,
}
