using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Generator.Tests;

/// <summary>The shared example models: the generated code is approved, and a consumer built with warnings as errors compiles against it.</summary>
public class ExampleModelTests
{
    private const string RevOpsConsumer = """
        using Contoso.RevOps;
        using SorAnalyzers;

        namespace Consumer
        {
            internal static class Uses
            {
                public static string Owner() => SorFields.Account.Arr.Owner;

                public static void Writes(SorRecord record)
                {
                    new Contoso.RevOps.Crm.Account(record).Owner = "x";
                    var opportunity = new Contoso.RevOps.Crm.Opportunity(new SorRecord("Opportunity")) { Stage = OpportunityStage.Commit, Amount = 1m };
                    new Contoso.RevOps.Billing.Subscription(new SorRecord("Subscription")).RenewalDate = new System.DateOnly(2027, 1, 1);
                    new Contoso.RevOps.Flows.BillingToCrm.Account(record).Arr = new Contoso.RevOps.Billing.Account(record).Arr;
                    new Contoso.RevOps.Flows.MarketingFillsPhone.Contact(new SorRecord("Contact")).Phone = null;
                    string? email = new Contoso.RevOps.Marketing.Contact(new SorRecord("Contact")).Email;
                    int score = new Contoso.RevOps.Marketing.Contact(new SorRecord("Contact")).LeadScore + 1;
                    AccountHealthStatus health = new Contoso.RevOps.Bi.Account(record).HealthStatus;
                    _ = (opportunity, email, score, health, SorSystems.Crm, SorFlows.BillingToCrm, SorCatalog.Fields.Count);
                }
            }
        }
        """;

    private const string PeopleFinanceConsumer = """
        using Northwind.Records;
        using SorAnalyzers;

        namespace Consumer
        {
            internal static class Uses
            {
                public static string Owner() => SorFields.Employee.Salary.Owner;

                public static void Writes(SorRecord record)
                {
                    new Northwind.Records.Hris.Employee(record).Status = EmployeeStatus.OnLeave;
                    new Northwind.Records.Hris.Employee(record).StartDate = new System.DateOnly(2026, 1, 5);
                    new Northwind.Records.Flows.HrisToPayroll.Employee(record).LegalName = "Ada";
                    new Northwind.Records.Expenses.ExpenseClaim(new SorRecord("ExpenseClaim")).SubmittedAt = System.DateTimeOffset.UnixEpoch;
                    decimal salary = new Northwind.Records.Erp.Employee(record).Salary;
                    _ = (salary, SorSystems.Identity, SorFlows.ErpToBi);
                }
            }
        }
        """;

    [Theory]
    [InlineData("revops")]
    [InlineData("people-finance")]
    public void The_generated_code_matches_the_approved_files(string example)
    {
        GenerationOutcome outcome = Example(example).Run();

        ApprovedFiles.Verify(example, outcome.Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()));
    }

    [Theory]
    [InlineData("revops", RevOpsConsumer)]
    [InlineData("people-finance", PeopleFinanceConsumer)]
    public void A_consumer_compiles_against_the_generated_code_with_warnings_as_errors(string example, string consumer)
    {
        GenerationOutcome outcome = Example(example).WithSource(consumer).Run();

        outcome.AssertClean();
    }

    [Theory]
    [InlineData("revops", "Contoso.RevOps")]
    [InlineData("people-finance", "Northwind.Records")]
    public void The_generated_code_keeps_the_analyzers_contract_and_runs(string example, string ns)
    {
        string yaml = File.ReadAllText(RepoFiles.Model($"{example}.sor.yaml"));
        OwnershipModel model = ModelReader.Read(yaml).Model!;
        GenerationOutcome outcome = Example(example).Run();

        GeneratedContract.Check(model, outcome.Output);
        GeneratedAssembly.Run(outcome.Output, assembly => GeneratedAssembly.CheckDescriptors(model, assembly, ns));
    }

    [Fact]
    public void Views_read_and_write_the_record_and_refuse_another_entity()
    {
        GenerationOutcome outcome = Example("revops").WithSource("""
            /// <summary>Runs views over one record.</summary>
            public static class Scenario
            {
                /// <summary>What the views read, or what went wrong.</summary>
                public static string Run()
                {
                    var record = new SorAnalyzers.SorRecord("Account");
                    new Contoso.RevOps.Billing.Account(record).Arr = 120m;
                    new Contoso.RevOps.Crm.Account(record) { Name = "Acme", Owner = "Dana" };
                    var bi = new Contoso.RevOps.Bi.Account(record);
                    try
                    {
                        _ = new Contoso.RevOps.Crm.Contact(record);
                        return "no exception";
                    }
                    catch (System.ArgumentException e) when (e.ParamName == "record")
                    {
                        return $"{bi.Name}|{bi.Owner}|{bi.Arr}|{bi.HealthStatus}|{record.IsBlank(Contoso.RevOps.SorFields.Account.Territory)}";
                    }
                }
            }
            """).Run();
        outcome.AssertClean();

        GeneratedAssembly.Run(outcome.Output, assembly =>
            Assert.Equal("Acme|Dana|120|Green|True", assembly.GetType("Scenario")!.GetMethod("Run")!.Invoke(null, null)));
    }

    [Fact]
    public void ApplyFrom_copies_the_flows_fields_and_a_flow_setter_keeps_the_conflict_rule()
    {
        GenerationOutcome outcome = Example("revops").WithSource("""
            using Contoso.RevOps;
            using SorAnalyzers;

            /// <summary>Applies billing-to-crm, then offers a phone to a CRM contact through the fill-only flow.</summary>
            public static class Scenario
            {
                /// <summary>What was written, audited and kept.</summary>
                public static string Run()
                {
                    var billing = new SorRecord("Account", "acme");
                    new Contoso.RevOps.Billing.Account(billing).Arr = 120m;
                    var sink = new SorMemoryAuditSink();
                    var changes = new SorChangeSet(sink);
                    SorRecord crm = changes.Attach(new SorRecord("Account", "acme"));
                    SorFlowApplication applied = new Contoso.RevOps.Flows.BillingToCrm.Account(crm).ApplyFrom(new Contoso.RevOps.Billing.Account(billing));
                    SorRecord contact = changes.Attach(new SorRecord("Contact", "c-1"));
                    new Contoso.RevOps.Crm.Contact(contact).Phone = "111";
                    new Contoso.RevOps.Flows.MarketingFillsPhone.Contact(contact).Phone = "222";
                    return string.Join("|", applied.Changes[0], new Contoso.RevOps.Crm.Account(crm).Arr, new Contoso.RevOps.Crm.Contact(contact).Phone,
                        sink.Entries.Count, sink.Entries[0].Writer, sink.Entries[1].Writer, sink.Entries[2].Outcome, sink.Entries[2].NewValue);
                }
            }
            """).Run();
        outcome.AssertClean();

        GeneratedAssembly.Run(outcome.Output, assembly =>
            Assert.Equal(
                "Account.Arr: (blank) -> 120 (Written)|120|111|3|flow:billing-to-crm|system:crm|TargetNotBlank|***",
                assembly.GetType("Scenario")!.GetMethod("Run")!.Invoke(null, null)));
    }

    [Fact]
    public void A_write_to_a_copy_does_not_compile()
    {
        GenerationOutcome outcome = Example("revops").WithSource("""
            internal static class Uses
            {
                public static void Write(SorAnalyzers.SorRecord record) => new Contoso.RevOps.Marketing.Contact(record).Email = "x";
            }
            """).Run();

        Diagnostic error = Assert.Single(outcome.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS0200", error.Id); // Property or indexer 'Contact.Email' cannot be assigned to -- it is read only
        Assert.Contains("Contact.Email", error.GetMessage());
    }

    [Fact]
    public void A_flow_view_has_exactly_the_fields_the_flow_carries()
    {
        GenerationOutcome outcome = Example("revops").WithSource("""
            internal static class Uses
            {
                public static void Write(SorAnalyzers.SorRecord record) => new Contoso.RevOps.Flows.BillingToCrm.Account(record).Name = "x";
            }
            """).Run();

        Diagnostic error = Assert.Single(outcome.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS1061", error.Id); // 'Account' does not contain a definition for 'Name'
    }

    [Fact]
    public void Using_a_deprecated_field_warns_with_the_models_message()
    {
        GenerationOutcome outcome = Example("people-finance").WithSource("""
            internal static class Uses
            {
                public static string? Read(SorAnalyzers.SorRecord record) => new Northwind.Records.Payroll.Employee(record).BankAccount;

                public static string Owner() => Northwind.Records.SorFields.Employee.BankAccount.Owner;
            }
            """).Run();

        var obsolete = outcome.Output.GetDiagnostics().Where(d => d.Id == "CS0618").ToList();
        Assert.Equal(2, obsolete.Count);
        Assert.All(obsolete, d => Assert.Contains("Stored only in payroll from 2027.", d.GetMessage()));
        Assert.All(obsolete, d => Assert.Equal("/project/Consumer0.cs", d.Location.SourceTree!.FilePath));
    }

    /// <param name="views">The SorViews property (see <see cref="GeneratorHarness"/>): every view unless a test asks otherwise.</param>
    internal static GeneratorHarness Example(string name, string? views = "all")
        => new(File.ReadAllText(RepoFiles.Model($"{name}.sor.yaml")), $"/project/{name}.sor.yaml", views: views);
}
