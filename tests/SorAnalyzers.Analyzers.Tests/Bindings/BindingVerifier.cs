using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SorAnalyzers.Analyzers.Tests.Bindings;

/// <summary>
/// Runs the analyzers on code that writes bound types, with <see cref="BindingModel"/> as the model and the
/// real Stripe.net and EF Core assemblies referenced (the ones the test project restores).
/// </summary>
internal static class BindingVerifier
{
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, BindingModel.Yaml, expected);

    public static async Task VerifyAsync(string source, string model, params DiagnosticResult[] expected)
    {
        var test = new SorTest<EmptyCodeFixProvider>(model) { TestCode = source };
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Stripe.CustomerUpdateOptions).Assembly.Location));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Newtonsoft.Json.JsonPropertyAttribute).Assembly.Location));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly.Location));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }
}

/// <summary>
/// Billing is Stripe (options objects, metadata), the warehouse an EF Core database, crm a Dataverse-like
/// property bag; each field says what each holding system calls it.
/// </summary>
internal static class BindingModel
{
    public const string Yaml = """
        sor: 1
        namespace: Contoso.RevOps
        systems:
          crm: { title: Dataverse }
          billing: { title: Stripe }
          warehouse: { title: Warehouse }
        entities:
          Account:
            fields:
              Name:  { type: string,  owner: crm,       names: { billing: name, warehouse: account_name } }
              Phone: { type: string,  owner: crm,       names: { billing: phone } }
              Email: { type: string,  owner: billing,   names: { billing: email, crm: billing_email } }
              Arr:   { type: decimal, owner: billing,   names: { billing: metadata.arr, crm: AnnualRevenue, warehouse: arr } }
              Tier:  { type: string,  owner: warehouse, names: { billing: metadata.tier } }
          Contact:
            fields:
              Email: { type: string, owner: crm }
        flows:
          - { id: crm-to-billing, from: crm, to: billing, fields: [Account.Name, Account.Phone] }
          - { id: billing-to-crm, from: billing, to: crm, fields: [Account.Arr, Account.Email] }
          - { id: billing-to-warehouse, from: billing, to: warehouse, fields: [Account.Arr] }
          - { id: crm-to-warehouse, from: crm, to: warehouse, fields: [Account.Name] }
          - { id: warehouse-to-billing, from: warehouse, to: billing, fields: [Account.Tier] }
        """;
}
