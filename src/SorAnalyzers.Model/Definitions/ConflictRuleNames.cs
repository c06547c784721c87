using System;
using System.Collections.Generic;
using System.Linq;

namespace SorAnalyzers.Model.Definitions;

/// <summary>
/// The names of the conflict rules as the model spells them (<c>conflict: targetIfBlank</c>): one table
/// that the reader parses with, and that every text (generated docs, diagnostics, the CLI) names them by.
/// </summary>
public static class ConflictRuleNames
{
    private static readonly (ConflictRule Rule, string Name)[] Table =
    {
        (ConflictRule.OwnerWins, "ownerWins"),
        (ConflictRule.OwnerUnlessBlank, "ownerUnlessBlank"),
        (ConflictRule.TargetIfBlank, "targetIfBlank"),
    };

    /// <summary>Every name, in the order the format documents them.</summary>
    public static IReadOnlyList<string> All { get; } = Table.Select(t => t.Name).ToArray();

    public static string Of(ConflictRule rule) => Table.First(t => t.Rule == rule).Name;

    public static bool TryParse(string name, out ConflictRule rule)
    {
        foreach ((ConflictRule candidate, string candidateName) in Table)
        {
            if (string.Equals(candidateName, name, StringComparison.Ordinal))
            {
                rule = candidate;
                return true;
            }
        }

        rule = default;
        return false;
    }
}
