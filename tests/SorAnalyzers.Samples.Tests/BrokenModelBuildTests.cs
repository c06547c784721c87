using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace SorAnalyzers.Samples.Tests;

/// <summary>A console project whose model is broken fails `dotnet build` at the model's line.</summary>
public class BrokenModelBuildTests : IDisposable
{
    private readonly string _project = Path.Combine(DotnetCli.RepoRoot, "artifacts", "e2e", "broken-" + Guid.NewGuid().ToString("N")[..8]);

    public BrokenModelBuildTests()
    {
        Directory.CreateDirectory(_project);
        string sampleProject = File.ReadAllText(Path.Combine(DotnetCli.RepoRoot, "samples", "RevOps.Integrations", "RevOps.Integrations.csproj"));
        // The sample's wiring without its model: this project's only model is the broken one.
        File.WriteAllText(Path.Combine(_project, "Broken.csproj"), sampleProject.Replace("<AdditionalFiles Include=\"$(RepoRoot)models/revops.sor.yaml\" />", ""));
        File.WriteAllText(Path.Combine(_project, "Program.cs"), "System.Console.WriteLine(\"hello\");\n");
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);

    [Fact]
    public async Task An_unknown_owner_fails_the_build_at_its_line_and_column_in_the_yaml()
    {
        File.WriteAllText(Path.Combine(_project, "broken.sor.yaml"), """
            sor: 1
            systems:
              crm: { title: Salesforce }
            entities:
              Account:
                fields:
                  Arr: { type: decimal, owner: billing }
            """);

        DotnetCli.Result build = await DotnetCli.RunAsync(_project, "build", "-c", "Release");

        Assert.Equal(1, build.ExitCode);
        string relative = Path.GetRelativePath(DotnetCli.RepoRoot, Path.Combine(_project, "broken.sor.yaml"));
        Assert.Contains($"{relative}(7,36): error SOR0012", build.Diagnostics());
        Assert.Contains("Field Account.Arr is owned by 'billing', which is not a declared system", build.Output);
    }
}
