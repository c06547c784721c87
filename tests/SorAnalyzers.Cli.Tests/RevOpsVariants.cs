using System;
using System.IO;

namespace SorAnalyzers.Cli.Tests;

/// <summary>The reference model models/revops.sor.yaml, and changed versions of it made by exact text edits (an edit that no longer matches fails loudly).</summary>
public static class RevOpsVariants
{
    public static string Original { get; } = File.ReadAllText(Sor.RevOpsModel);

    public static string Edit(string text, params (string Old, string New)[] edits)
    {
        foreach ((string old, string replacement) in edits)
        {
            if (!text.Contains(old, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The reference model no longer contains '{old}': update the variant.");
            }

            text = text.Replace(old, replacement, StringComparison.Ordinal);
        }

        return text;
    }

    public static string Edit(params (string Old, string New)[] edits) => Edit(Original, edits);

    /// <summary>The same model with another version (1.4.0 in the reference).</summary>
    public static string WithVersion(string text, string version) => Edit(text, ("version: 1.4.0", "version: " + version));

    /// <summary>An owner change, a pii flag dropped, a field dropped from flows, a weaker conflict rule, two warnings and an addition at once.</summary>
    public static string Composite { get; } = Edit(
        ("Arr:          { type: decimal, owner: billing,", "Arr:          { type: decimal, owner: cs,"),
        // billing no longer holds Arr: its name there goes too (a name for a system that does not hold the field is an error)
        (", names: { billing: metadata.arr } }", " }"),
        ("fields: [Account.Arr, Subscription.Amount, Subscription.RenewalDate]", "fields: [Subscription.Amount, Subscription.RenewalDate]"),
        ("fields: [Account.Name, Account.Owner, Account.Arr, Subscription.RenewalDate]", "fields: [Account.Name, Account.Owner, Subscription.RenewalDate]"),
        ("Email:        { type: string, owner: crm, pii: true }", "Email:        { type: string, owner: crm }"),
        ("    frequency: realtime\n    conflict: ownerWins\n    errorOwner: Marketing technology\n  - id: marketing-to-crm", "    frequency: daily\n    conflict: ownerUnlessBlank\n    errorOwner: Marketing operations\n  - id: marketing-to-crm"),
        ("      LeadScore:    { type: int,    owner: marketing }\n", "      LeadScore:    { type: int,    owner: marketing }\n      Title:        { type: string, owner: crm }\n"));

    public const string CrmToBiFlow = """
          - id: crm-to-bi
            from: crm
            to: bi
            fields: [Account.*, Opportunity.*, Subscription.*]
            frequency: daily
            conflict: ownerWins
            errorOwner: Data engineering

        """;
}
