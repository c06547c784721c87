using System;
using System.IO;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Samples.Tests;

/// <summary>
/// A console project wired as the sample is, whose model is broken, fails `dotnet build` at the model's
/// line, even when its C# uses the generated namespace (and so fails to compile without it): the SOR
/// error never hides behind the C# errors its absence causes.
/// </summary>
[Trait("Category", "EndToEnd")]
public class BrokenModelBuildTests : IDisposable
{
    private const string Code = """
        using Contoso.RevOps;
        using SorAnalyzers;

        [SorSystem("billing")]
        class BillingDesk
        {
            static void Main() { }

            void Bill(SorRecord account) => account.Set(SorFields.Account.Arr, 10m);
        }
        """;

    private readonly string _project = Path.Combine(RepoFiles.Root, "artifacts", "e2e", "broken-" + Guid.NewGuid().ToString("N")[..8]);

    public BrokenModelBuildTests()
    {
        Directory.CreateDirectory(_project);
        string sampleProject = File.ReadAllText(Path.Combine(RepoFiles.Sample, "RevOps.Integrations.csproj"));
        // The sample's wiring without its model: this project's only model is the broken one.
        File.WriteAllText(Path.Combine(_project, "Broken.csproj"), sampleProject.Replace("<AdditionalFiles Include=\"$(RepoRoot)models/revops.sor.yaml\" />", ""));
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);

    [Theory]
    [InlineData("an unclosed flow map", "  crm: { title: Salesforce", "SOR0001", 4)]
    [InlineData("a duplicate system", "  crm: { title: Salesforce }\n  billing: { title: Chargebee }\n  crm: { title: Again }", "SOR0007", 6)]
    [InlineData("a duplicate field", "  crm: { title: Salesforce }\n  billing: { title: Chargebee }\nentities:\n  Account:\n    fields:\n      Arr: { type: decimal, owner: billing }\n      Arr: { type: int, owner: billing }", "SOR0007", 10)]
    [InlineData("an unknown owner", "  crm: { title: Salesforce }\n  billing: { title: Chargebee }\nentities:\n  Account:\n    fields:\n      Arr: { type: decimal, owner: biling }", "SOR0012", 9)]
    public void The_model_error_is_reported_at_its_line_even_when_csharp_uses_the_generated_api(string what, string systemsAndMore, string id, int line)
    {
        string model = "sor: 1\nnamespace: Contoso.RevOps\nsystems:\n" + systemsAndMore + "\n";
        if (!systemsAndMore.Contains("entities:", StringComparison.Ordinal))
        {
            model += "entities:\n  Account:\n    fields:\n      Arr: { type: decimal, owner: billing }\n";
        }

        File.WriteAllText(Path.Combine(_project, "revops.sor.yaml"), model);
        File.WriteAllText(Path.Combine(_project, "BillingDesk.cs"), Code);

        CommandResult build = DotnetCommand.Run(_project, null, "build", "-c", "Release");

        Assert.True(build.ExitCode == 1, $"{what}: expected the build to fail\n{build}");
        string relative = Path.GetRelativePath(RepoFiles.Root, Path.Combine(_project, "revops.sor.yaml")).Replace('\\', '/');
        Assert.Contains(BuildOutput.Diagnostics(build, RepoFiles.Root), d => d.StartsWith($"{relative}({line},", StringComparison.Ordinal) && d.EndsWith("error " + id, StringComparison.Ordinal));
        Assert.DoesNotContain("Operation is not valid", build.Output);
    }

    [Fact]
    public void An_unknown_owner_fails_the_build_at_its_line_and_column_in_the_yaml()
    {
        File.WriteAllText(Path.Combine(_project, "Program.cs"), "System.Console.WriteLine(\"hello\");\n");
        File.WriteAllText(Path.Combine(_project, "broken.sor.yaml"), """
            sor: 1
            systems:
              crm: { title: Salesforce }
            entities:
              Account:
                fields:
                  Arr: { type: decimal, owner: billing }
            """);

        CommandResult build = DotnetCommand.Run(_project, null, "build", "-c", "Release");

        Assert.Equal(1, build.ExitCode);
        string relative = Path.GetRelativePath(RepoFiles.Root, Path.Combine(_project, "broken.sor.yaml")).Replace('\\', '/');
        Assert.Contains($"{relative}(7,36): error SOR0012", BuildOutput.Diagnostics(build, RepoFiles.Root));
        Assert.Contains("Field Account.Arr is owned by 'billing', which is not a declared system", build.Output);
    }
}
