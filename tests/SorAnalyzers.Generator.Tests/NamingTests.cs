using System.Linq;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Model.Reading;
using Xunit;

namespace SorAnalyzers.Generator.Tests;

/// <summary>
/// C# clashes the model cannot see (docs/generated-code.md, "Names"): each clashing model name gets
/// '_' appended, and the generated code compiles with warnings as errors.
/// </summary>
public class NamingTests
{
    private const string ClashingModel = """
        sor: 1
        namespace: Clash.Model
        systems:
          crm: {}
          flows: {}
          sor-fields: {}
          account-health-status: {}
          equals: {}
          system: {}
          sor-model-data: {}
        entities:
          Account:
            fields:
              Account: { type: string, owner: crm }
              Record: { type: string, owner: crm }
              ToString: { type: int, owner: crm }
              HealthStatus: { type: enum, values: [Green, to-string, value, Account-Health-Status], owner: crm }
          AccountHealth:
            fields:
              Status: { type: enum, values: [Ok], owner: crm }
          SorFields:
            fields:
              Code: { type: string, owner: flows }
          Record:
            fields:
              Entity: { type: int, owner: crm }
        flows:
          - id: crm-to-flows
            from: crm
            to: flows
            fields: [Account.*, Record.Entity]
          - id: to-string
            from: flows
            to: crm
            fields: [SorFields.Code]
          - id: to-sor-fields
            from: flows
            to: sor-fields
            fields: [SorFields.Code]
          - id: crm-to-system
            from: crm
            to: system
            fields: [Record.Entity]
          - id: crm-to-health
            from: crm
            to: account-health-status
            fields: [Account.Account]
          - id: crm-to-model-data
            from: crm
            to: sor-model-data
            fields: [Record.Entity]
        """;

    [Fact]
    public void The_clashing_model_is_valid()
    {
        Assert.Empty(ModelReader.Read(ClashingModel).Diagnostics);
    }

    [Fact]
    public void Clashing_names_get_an_underscore_and_the_code_compiles()
    {
        GenerationOutcome outcome = new GeneratorHarness(ClashingModel).WithSource("""
            using SorAnalyzers;

            namespace Clash.Model.App
            {
            internal static class Uses
            {
                public static void Run(SorRecord account, SorRecord record, SorRecord code)
                {
                    // A field named like its entity (CS0542) and the view's own Record member.
                    _ = SorFields.Account.Account_.Owner;
                    _ = SorFields.Account.Record.Owner;
                    _ = SorFields.Account.ToString_.Owner;
                    var view = new Clash.Model.Crm.Account(account) { Account_ = "a", Record_ = "r", ToString_ = 1 };
                    SorRecord wrapped = view.Record;

                    // The system 'flows' would merge into the flow views' namespace; 'account-health-status'
                    // takes its name first, so the enum of Account.HealthStatus moves aside, and AccountHealth.Status after it.
                    _ = new Clash.Model.Flows_.Account(account).Account_;
                    _ = new Clash.Model.Flows.CrmToFlows.Account(account).Record_;
                    AccountHealthStatus_ health = AccountHealthStatus_.ToString_ | AccountHealthStatus_.Value | AccountHealthStatus_.AccountHealthStatus;
                    AccountHealthStatus__ ok = AccountHealthStatus__.Ok;
                    _ = new Clash.Model.AccountHealthStatus.Account(account);

                    // An entity named like the generated SorFields class, and one named like the view's member.
                    _ = SorFields.SorFields_.Code.Owner;
                    _ = new Clash.Model.SorFields_.SorFields(code).Code;
                    _ = new Clash.Model.Crm.Record_(record).Entity;

                    // A system namespace never hides the System namespace.
                    _ = new Clash.Model.System_.Record_(record).Entity;

                    // A system named like the generated SorModelData class (the descriptors' table).
                    _ = new Clash.Model.SorModelData_.Record_(record).Entity;
                    System.DateOnly hidden = default;
                    _ = hidden;

                    // Constants named like object's members.
                    _ = (SorSystems.Equals_, SorSystems.Flows, SorFlows.ToString_, health, ok, wrapped);
                }
            }
            }
            """).Run();

        outcome.AssertClean();
    }

    [Fact]
    public void Model_names_that_differ_only_in_format_characters_do_not_clash_in_csharp()
    {
        // C# ignores U+200B inside identifiers; the model does not.
        GenerationOutcome outcome = new GeneratorHarness("""
            sor: 1
            systems:
              crm: {}
            entities:
              Account:
                fields:
                  "Na\u200Bme": { type: string, owner: crm }
                  Name: { type: string, owner: crm }
            """).WithSource("internal static class Uses { public static object[] All() => new object[] { SorModel.SorFields.Account.Name, SorModel.SorFields.Account.Name_ }; }").Run();

        outcome.AssertClean();
        Assert.Contains("Na\\u200Bme", outcome.Source("SorModel.Fields.g.cs"));
    }

    [Theory]
    [InlineData("namespace: Contoso.RevOps\n", "My.App", "Contoso.RevOps")]
    [InlineData("", "My.App", "My.App")]
    [InlineData("", null, "SorModel")]
    [InlineData("", "My-App", "SorModel")]
    [InlineData("namespace: Contoso.class\n", null, "Contoso.class")]
    [InlineData("namespace: global.System\n", null, "global.System")]
    [InlineData("", " Padded.Root ", "Padded.Root")]
    public void The_namespace_is_the_models_else_the_root_namespace_else_SorModel(string line, string? rootNamespace, string expected)
    {
        string model = "sor: 1\n" + line + "systems:\n  crm: {}\nentities:\n  Account:\n    fields:\n      Name: { type: string, owner: crm }\n";

        GenerationOutcome outcome = new GeneratorHarness(model, rootNamespace: rootNamespace).Run();

        outcome.AssertClean();
        INamedTypeSymbol? fields = outcome.Output.GetTypeByMetadataName(expected + ".SorFields");
        Assert.NotNull(fields);
        Assert.NotNull(outcome.Output.GetTypeByMetadataName(expected + ".Crm.Account"));
    }

    [Fact]
    public void Hint_names_are_ascii_and_unique_regardless_of_case()
    {
        GenerationOutcome outcome = new GeneratorHarness("""
            sor: 1
            systems:
              crm: {}
            entities:
              Größe:
                fields:
                  Wert: { type: int, owner: crm }
            flows: []
            """).Run();

        outcome.AssertClean();
        Assert.All(outcome.Sources, s => Assert.True(s.HintName.All(c => c < 128), s.HintName));
        Assert.Equal(outcome.Sources.Length, outcome.Sources.Select(s => s.HintName.ToUpperInvariant()).Distinct().Count());
    }
}
