using System.IO;
using SorAnalyzers.Testing;
using Xunit;


namespace SorAnalyzers.Package.Tests;

/// <summary>
/// A new user's first hour, with the package from the feed: the reference model generates code the
/// program uses; a write against the declared direction fails the build at its line; the fix builds;
/// a broken model fails at its line in the YAML; deleting the model removes the generated code.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ConsumerBuildTests
{
    private readonly PeerPackageFeed feed;

    public ConsumerBuildTests(PeerPackageFeed feed) => this.feed = feed;

    [Fact]
    public void The_reference_model_generates_code_that_the_program_uses()
    {
        ConsumerProject consumer = ConsumerProject.Create(feed, "reference-model", """
            using Contoso.RevOps;

            System.Console.WriteLine(SorFields.Account.Arr.Owner);
            System.Console.WriteLine(SorSystems.Crm);
            """);
        consumer.AddReferenceModel();

        BuildOutput.SucceededClean(consumer.Build());

        CommandResult run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[] { "billing", "crm" }, BuildOutput.Lines(run));
    }

    [Fact]
    public void A_wrong_direction_write_fails_the_build_at_its_line_and_the_fixed_program_builds()
    {
        const string Program = """
            using Contoso.RevOps;
            using SorAnalyzers;

            var account = new SorRecord("Account");
            CrmJobs.AssignAccount(account);
            System.Console.WriteLine(account.Get(SorFields.Account.Owner));

            static class CrmJobs
            {
                [SorSystem("crm")]
                public static void AssignAccount(SorRecord account)
                {
                    account.Set(SorFields.Account.Owner, "alice");
                    account.Set(SorFields.Account.Arr, 120000m);
                }
            }
            """;
        ConsumerProject consumer = ConsumerProject.Create(feed, "wrong-direction", Program);
        consumer.AddReferenceModel();

        // crm writes Account.Arr, which billing owns and sends to crm through billing-to-crm.
        CommandResult wrong = consumer.Build();
        BuildOutput.FailedAt(wrong, "Program.cs", BuildOutput.LineOf(Path.Combine(consumer.Directory, "Program.cs"), "Account.Arr, 120000m"), "SOR0101");

        consumer.Write("Program.cs", Program.Replace("        account.Set(SorFields.Account.Arr, 120000m);\n", string.Empty));
        BuildOutput.SucceededClean(consumer.Build());
        Assert.Equal(new[] { "alice" }, BuildOutput.Lines(consumer.Run()));
    }

    [Fact]
    public void Descriptors_that_travel_and_raw_records_in_a_flow_are_checked_or_reported_as_unprovable()
    {
        ConsumerProject consumer = ConsumerProject.Create(feed, "no-silent-pass", """
            using Contoso.RevOps;
            using SorAnalyzers;

            System.Console.WriteLine("built");

            [SorSystem("crm")]
            static class CrmDesk
            {
                private static readonly SorField<decimal> Revenue;

                static CrmDesk() { Revenue = SorFields.Account.Arr; }

                public static void Close(SorRecord account, bool flag)
                {
                    var arr = SorFields.Account.Arr;
                    var again = arr;
                    account.Set(again, 0m);
                    account.Set(Revenue, 1m);
                    account.Set(flag ? SorFields.Account.Name : SorFields.Account.Owner, "x");
                }
            }

            [SorFlow("crm-to-marketing")]
            static class CrmToHubSpot
            {
                public static void Sync(SorRecord sfContact, SorRecord crmContact, SorRecord marketingContact, dynamic payload)
                {
                    sfContact.Set(SorFields.Contact.Email, "y");
                    crmContact.Set(SorFields.Contact.Email, "y");
                    marketingContact.Set(SorFields.Contact.Email, crmContact.Get(SorFields.Contact.Email));
                    marketingContact.Set(SorFields.Contact.Phone, payload.phone);
                }
            }
            """);
        consumer.AddReferenceModel();

        CommandResult build = consumer.Build();

        string program = Path.Combine(consumer.Directory, "Program.cs");
        Assert.True(build.ExitCode == 1, build.ToString());
        AssertReported(build, BuildOutput.LineOf(program, "account.Set(again"), "error SOR0101");
        AssertReported(build, BuildOutput.LineOf(program, "account.Set(Revenue"), "error SOR0101");
        AssertReported(build, BuildOutput.LineOf(program, "sfContact.Set("), "warning SOR0112");
        AssertReported(build, BuildOutput.LineOf(program, "crmContact.Set("), "error SOR0104");
        AssertReported(build, BuildOutput.LineOf(program, "payload.phone"), "warning SOR0111");
        Assert.DoesNotMatch(@"Program\.cs\(" + BuildOutput.LineOf(program, "flag ?") + @",\d+\): (error|warning) SOR", build.Output);
        Assert.DoesNotMatch(@"Program\.cs\(" + BuildOutput.LineOf(program, "crmContact.Get(") + @",\d+\): (error|warning) SOR", build.Output);
    }

    private static void AssertReported(CommandResult build, int line, string severityAndId)
        => Assert.True(
            System.Text.RegularExpressions.Regex.IsMatch(build.Output, $@"Program\.cs\({line},\d+\): {severityAndId}:"),
            $"expected Program.cs({line},col): {severityAndId}\n{build}");

    [Fact]
    public void A_broken_model_fails_the_build_at_its_line_in_the_yaml()
    {
        ConsumerProject consumer = ConsumerProject.Create(feed, "broken-model", "System.Console.WriteLine(\"hello\");\n");
        string model = consumer.AddReferenceModel(yaml => yaml.Replace("Arr:          { type: decimal, owner: billing,", "Arr:          { type: decimal, owner: erp,"));

        CommandResult build = consumer.Build();

        BuildOutput.FailedAt(build, "revops.sor.yaml", BuildOutput.LineOf(model, "owner: erp"), "SOR0012");
    }

    [Fact]
    public void Deleting_the_model_removes_the_generated_code()
    {
        // Counts the generated types by reflection, so the program builds with and without the model.
        ConsumerProject consumer = ConsumerProject.Create(feed, "deleted-model", """
            int generated = typeof(Program).Assembly.GetTypes().Count(t => t.Namespace?.StartsWith("Contoso.RevOps", StringComparison.Ordinal) == true);
            Console.WriteLine(generated > 0 ? "generated" : "none");
            """);
        consumer.AddReferenceModel();
        BuildOutput.SucceededClean(consumer.Build());
        Assert.Equal(new[] { "generated" }, BuildOutput.Lines(consumer.Run()));

        consumer.Delete("revops.sor.yaml");
        CommandResult rebuild = consumer.Build();

        // An incremental build: without the package's CoreCompileCache, CoreCompile would be skipped
        // and the stale assembly would still hold the generated types.
        BuildOutput.Succeeded(rebuild);
        Assert.Contains("warning SOR0032", rebuild.Output, System.StringComparison.Ordinal);
        Assert.Equal(new[] { "none" }, BuildOutput.Lines(consumer.Run()));
    }
}
