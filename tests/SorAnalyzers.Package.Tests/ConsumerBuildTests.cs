using System.IO;
using Xunit;

using SorAnalyzers.Testing;

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
    private readonly PackageFeed feed;

    public ConsumerBuildTests(PackageFeed feed) => this.feed = feed;

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
