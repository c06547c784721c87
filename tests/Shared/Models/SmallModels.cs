namespace SorAnalyzers.Testing;

/// <summary>Small models to break one thing at a time.</summary>
public static class SmallModels
{
    /// <summary>A valid model: lines are numbered in the comments tests rely on.</summary>
    public const string Valid = """
        sor: 1
        name: Test model
        systems:
          crm: { title: Salesforce }
          billing: { title: Chargebee }
          bi: { readOnly: true }
        entities:
          Account:
            fields:
              Name: { type: string, owner: crm }
              Arr: { type: decimal, owner: billing }
              Health: { type: enum, values: [Green, Red], owner: crm }
        flows:
          - id: billing-to-crm
            from: billing
            to: crm
            fields: [Account.Arr]
          - id: crm-to-bi
            from: crm
            to: bi
            fields: [Account.*]
        """;
}
