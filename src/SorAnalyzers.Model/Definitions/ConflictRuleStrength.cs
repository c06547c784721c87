namespace SorAnalyzers.Model.Definitions;

/// <summary>How strongly each conflict rule keeps the owner's value in the target (names: <see cref="ConflictRuleNames"/>).</summary>
public static class ConflictRuleStrength
{
    /// <summary>
    /// How often the incoming (owner's) value wins in the target: ownerWins always (3), ownerUnlessBlank
    /// unless it is blank (2), targetIfBlank only into a blank (1). A change to a lower strength is weaker.
    /// </summary>
    public static int Of(ConflictRule rule) => rule switch
    {
        ConflictRule.OwnerWins => 3,
        ConflictRule.OwnerUnlessBlank => 2,
        _ => 1,
    };
}
