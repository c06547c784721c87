using System;
using System.IO;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Package.Tests;

/// <summary>
/// One model across a solution, with the package from the feed: a shared library generates the model's
/// API, a service that references it and sees the same model (linked from the solution root through
/// Directory.Build.props) generates no second copy (no CS0436) and still has its writes checked; a
/// project that sees another version of the model is told which assembly differs (SOR0035).
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class SharedModelSolutionTests
{
    private const string ServiceProgram = """
        using Contoso.RevOps;
        using SorAnalyzers;

        var account = new SorRecord("Account");
        CrmJobs.AssignAccount(account);
        Console.WriteLine(account.Get(SorFields.Account.Owner));
        Console.WriteLine(typeof(SorFields).Assembly.GetName().Name);

        static class CrmJobs
        {
            [SorSystem("crm")]
            public static void AssignAccount(SorRecord account)
            {
                account.Set(SorFields.Account.Owner, "alice");
            }
        }
        """;

    // Created once; the two tests build different projects of it, so they share the shared library's build.
    private static readonly object SolutionLock = new();
    private static string? solution;

    private readonly PackageFeed feed;

    public SharedModelSolutionTests(PeerPackageFeed feed) => this.feed = feed;

    [Fact]
    public void A_service_uses_the_shared_librarys_api_without_CS0436_and_its_wrong_write_fails_at_its_line()
    {
        string root = Solution();
        string program = Path.Combine(root, "Service", "Program.cs");
        File.WriteAllText(program, ServiceProgram);

        CommandResult build = Build(root, "Service");
        BuildOutput.SucceededClean(build);
        Assert.DoesNotContain("CS0436", build.Output, StringComparison.Ordinal);
        CommandResult run = DotnetCommand.Run(root, feed.ConsumerEnvironment, Path.Combine(root, "Service", "bin", "Debug", "net10.0", "Service.dll"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[] { "alice", "Shared" }, BuildOutput.Lines(run));

        // crm writes Account.Arr, which billing owns: the service's analyzers check it against the shared model.
        File.WriteAllText(program, ServiceProgram.Replace(
            "        account.Set(SorFields.Account.Owner, \"alice\");\n",
            "        account.Set(SorFields.Account.Owner, \"alice\");\n        account.Set(SorFields.Account.Arr, 120000m);\n"));
        CommandResult wrong = Build(root, "Service");
        BuildOutput.FailedAt(wrong, "Program.cs", BuildOutput.LineOf(program, "Account.Arr, 120000m"), "SOR0101");
        Assert.DoesNotContain("CS0436", wrong.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_that_sees_another_version_of_the_model_than_its_reference_gets_SOR0035()
    {
        string root = Solution();

        CommandResult build = Build(root, "Drifted");

        BuildOutput.FailedAt(build, "revops.sor.yaml", 1, "SOR0035");
        Assert.Contains("The referenced assembly 'Shared' already holds the generated API of model namespace 'Contoso.RevOps'", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS0436", build.Output, StringComparison.Ordinal);
    }

    private string Solution()
    {
        lock (SolutionLock)
        {
            if (solution is not null)
            {
                return solution;
            }

            string root = Path.Combine(feed.ConsumersRoot, "shared-model-solution");
            string yaml = File.ReadAllText(feed.ReferenceModelPath);
            Write(root, "revops.sor.yaml", yaml);

            // The documented way to share one model: every project but Drifted links the root's model.
            Write(root, "Directory.Build.props", """
                <Project>
                  <ItemGroup Condition="'$(MSBuildProjectName)' != 'Drifted'">
                    <AdditionalFiles Include="$(MSBuildThisFileDirectory)revops.sor.yaml" Link="revops.sor.yaml" />
                  </ItemGroup>
                </Project>
                """);
            Write(root, "Shared/Shared.csproj", Project("Library", ""));
            Write(root, "Shared/AccountRules.cs", """
                namespace Shared;

                public static class AccountRules
                {
                    public static string ArrOwner => Contoso.RevOps.SorFields.Account.Arr.Owner;
                }
                """);
            Write(root, "Service/Service.csproj", Project("Exe", """<ProjectReference Include="../Shared/Shared.csproj" />"""));
            Write(root, "Service/Program.cs", ServiceProgram);

            // Drifted keeps its own copy of the model, edited since the shared library was built from it.
            Write(root, "Drifted/Drifted.csproj", Project("Exe", """<ProjectReference Include="../Shared/Shared.csproj" />"""));
            Write(root, "Drifted/revops.sor.yaml", yaml.Replace("description: Sales rep who owns the account.", "description: The account executive."));
            Write(root, "Drifted/Program.cs", "Console.WriteLine(Contoso.RevOps.SorFields.Account.Owner.Description);\n");
            return solution = root;
        }
    }

    private string Project(string outputType, string references) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>{outputType}</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="SorAnalyzers" Version="{feed.Version}" />
            {references}
          </ItemGroup>
        </Project>
        """;

    private CommandResult Build(string root, string project)
        => DotnetCommand.Run(root, feed.ConsumerEnvironment, "build", Path.Combine(root, project, project + ".csproj"), "-tl:off", "-nodeReuse:false");

    private static void Write(string root, string relativePath, string content)
    {
        string path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
