namespace SorAnalyzers.Analyzers.Tests;

/// <summary>
/// The model the tests run against: the reference RevOps model, cut down, plus a deprecated field and a
/// flow written as a block list (the code fix must keep both list styles and the comments).
/// </summary>
internal static class TestModel
{
    public const string Path = "/0/revops.sor.yaml";

    public const string Yaml = """
        # RevOps, cut down for the analyzer tests.
        sor: 1
        namespace: Contoso.RevOps
        systems:
          crm: { title: Salesforce }
          billing: { title: Chargebee }
          marketing: { title: HubSpot }
          cs: { title: Gainsight }
          bi: { title: Snowflake, readOnly: true }
        entities:
          Account:
            fields:
              Name:     { type: string,  owner: crm }
              Arr:      { type: decimal, owner: billing }
              Health:   { type: string,  owner: cs }
              LegacyId: { type: string,  owner: crm, deprecated: Use Account.Name instead. }
          Contact:
            fields:
              Email:    { type: string, owner: crm }
              Phone:    { type: string, owner: crm }
        flows:
          - id: billing-to-crm
            from: billing
            to: crm
            fields: [Account.Arr]   # ARR only, for now
            frequency: hourly
          - id: crm-to-cs
            from: crm
            to: cs
            fields:
              - Account.Name        # the account's display name
              - Account.Arr
          - id: crm-to-marketing
            from: crm
            to: marketing
            fields: [Contact.Email]
          - id: cs-to-crm
            from: cs
            to: crm
            fields: [Account.Health]
        """;
}
