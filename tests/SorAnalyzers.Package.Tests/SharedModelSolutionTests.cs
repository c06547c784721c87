using System;
using System.IO;
using System.Linq;
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

    [Fact]
    public void A_model_split_across_a_folder_named_by_SorModel_builds_like_one_file_and_reports_in_each_file()
    {
        string root = Solution();
        string split = Path.Combine(root, "Split");
        string program = Path.Combine(split, "Program.cs");

        // The three parts, read through the SorModel property exactly as docs/sharing-a-model.md shows it.
        CommandResult clean = Build(root, "Split");
        BuildOutput.SucceededClean(clean);
        CommandResult run = DotnetCommand.Run(root, feed.ConsumerEnvironment, Path.Combine(split, "bin", "Debug", "net10.0", "Split.dll"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[] { "alice", "Split" }, BuildOutput.Lines(run));

        // A wrong-direction write fails at its line; a system declared again in a fourth file is an error in
        // that file and in the one that declared it first.
        string fourth = Path.Combine(root, "model", "4-again.sor.yaml");
        File.WriteAllText(fourth, "sor: 1\nsystems:\n  crm: { title: Dynamics }\n");
        File.WriteAllText(program, ServiceProgram.Replace(
            "        account.Set(SorFields.Account.Owner, \"alice\");\n",
            "        account.Set(SorFields.Account.Owner, \"alice\");\n        account.Set(SorFields.Account.Arr, 120000m);\n"));
        try
        {
            CommandResult wrong = Build(root, "Split");
            string[] errors = BuildOutput.Diagnostics(wrong, root, "error");
            Assert.Equal(
                new[]
                {
                    "Split/Program.cs(" + BuildOutput.LineOf(program, "Account.Arr, 120000m") + ",9): error SOR0101",
                    "model/1-systems.sor.yaml(" + BuildOutput.LineOf(Path.Combine(root, "model", "1-systems.sor.yaml"), "  crm:") + ",3): error SOR0007",
                    "model/4-again.sor.yaml(3,3): error SOR0007",
                }.OrderBy(e => e, StringComparer.Ordinal),
                errors);
        }
        finally
        {
            File.Delete(fourth);
            File.WriteAllText(program, ServiceProgram);
        }

        // A path that names no model fails the build before compiling.
        CommandResult missing = DotnetCommand.Run(root, feed.ConsumerEnvironment, "build", Path.Combine(split, "Split.csproj"), "-tl:off", "-nodeReuse:false", "-p:SorModel=../model-typo/");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("error SOR0036: The model path '../model-typo/' named by the SorModel property does not exist", missing.Output, StringComparison.Ordinal);

        // So does a SorViews value that is neither 'used' nor 'all'.
        CommandResult views = DotnetCommand.Run(root, feed.ConsumerEnvironment, "build", Path.Combine(split, "Split.csproj"), "-tl:off", "-nodeReuse:false", "-p:SorViews=every");
        Assert.Equal(1, views.ExitCode);
        Assert.Contains("Split.csproj : error SOR0039: The SorViews property is 'every'; it takes 'used'", views.Output, StringComparison.Ordinal);
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
                  <ItemGroup Condition="'$(MSBuildProjectName)' != 'Drifted' and '$(MSBuildProjectName)' != 'Split'">
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

            // Split reads the model cut into three files in a folder, through the package's SorModel property,
            // set in a Directory.Build.props as docs/sharing-a-model.md shows.
            foreach ((string name, string text) in SplitModels.Split(yaml))
            {
                Write(root, Path.Combine("model", name), text);
            }

            Write(root, "Split/Directory.Build.props", SharingDocSnippet().Replace("$(MSBuildThisFileDirectory)model/", "$(MSBuildThisFileDirectory)../model/"));
            Write(root, "Split/Split.csproj", Project("Exe", ""));
            Write(root, "Split/Program.cs", ServiceProgram);

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

    /// <summary>The Directory.Build.props that docs/sharing-a-model.md shows for the SorModel property.</summary>
    private static string SharingDocSnippet()
    {
        string doc = File.ReadAllText(RepoFiles.InRepo("docs/sharing-a-model.md"));
        int property = doc.IndexOf("<SorModel>", StringComparison.Ordinal);
        Assert.True(property > 0, "docs/sharing-a-model.md no longer shows the SorModel property");
        int start = doc.LastIndexOf("```xml\n", property, StringComparison.Ordinal) + "```xml\n".Length;
        return doc.Substring(start, doc.IndexOf("```", property, StringComparison.Ordinal) - start);
    }

    private CommandResult Build(string root, string project)
        => DotnetCommand.Run(root, feed.ConsumerEnvironment, "build", Path.Combine(root, project, project + ".csproj"), "-tl:off", "-nodeReuse:false");

    private static void Write(string root, string relativePath, string content)
    {
        string path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
