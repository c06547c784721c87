namespace SorAnalyzers.Model.Definitions;

/// <summary>The conflict rules as the model writes them, and how strongly each keeps the owner's value.</summary>
public static class ConflictRules
{
    /// <summary>"ownerWins", "ownerUnlessBlank", "targetIfBlank": the rule as written in the model.</summary>
    public static string Name(ConflictRule rule) => rule switch
    {
        ConflictRule.OwnerUnlessBlank => "ownerUnlessBlank",
        ConflictRule.TargetIfBlank => "targetIfBlank",
        _ => "ownerWins",
    };

    /// <summary>
    /// How often the incoming (owner's) value wins in the target: ownerWins always (3), ownerUnlessBlank
    /// unless it is blank (2), targetIfBlank only into a blank (1). A change to a lower strength is weaker.
    /// </summary>
    public static int Strength(ConflictRule rule) => rule switch
    {
        ConflictRule.OwnerWins => 3,
        ConflictRule.OwnerUnlessBlank => 2,
        _ => 1,
    };
}
