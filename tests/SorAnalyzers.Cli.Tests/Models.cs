namespace SorAnalyzers.Cli.Tests;

/// <summary>Small models with one known problem each, at a known line and column.</summary>
public static class Models
{
    /// <summary>SOR0012 at (7,36): 'billing' is not a declared system.</summary>
    public const string UnknownOwner = """
        sor: 1
        systems:
          crm: { title: Salesforce }
        entities:
          Account:
            fields:
              Arr: { type: decimal, owner: billing }
        """;

    public const string UnknownOwnerLine = "(7,36): error SOR0012: Field Account.Arr is owned by 'billing', which is not a declared system";

    /// <summary>Only a warning: SOR0005 for the unknown top-level key 'colour' on line 2.</summary>
    public const string UnknownKey = """
        sor: 1
        colour: blue
        systems:
          crm: { title: Salesforce }
        entities:
          Account:
            fields:
              Name: { type: string, owner: crm }
        """;

    public const string Clean = """
        sor: 1
        systems:
          crm: { title: Salesforce }
        entities:
          Account:
            fields:
              Name: { type: string, owner: crm }
        """;
}
