using System.IO;
using System.Linq;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Package.Tests;

/// <summary>
/// What the package's buildTransitive props and targets hand the compiler, read by evaluating fresh
/// consumer projects (no compilation: these do not depend on the generator or the analyzers).
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class BuildIntegrationTests
{
    private const string EmptyProgram = "System.Console.WriteLine(\"hello\");\n";

    // Restored once, then only evaluated: the four tests that read it share it.
    private static readonly object SharedLock = new();
    private static ConsumerProject? shared;

    private readonly PackageFeed feed;

    public BuildIntegrationTests(PackageFeed feed) => this.feed = feed;

    [Fact]
    public void Models_anywhere_in_the_project_are_handed_to_the_compiler_once_and_build_output_is_not()
    {
        ConsumerProject consumer = ModelsEverywhere();

        // After the package's own target, which is what CoreCompile receives.
        var models = consumer.Items("AdditionalFiles", "-t:SorAnalyzersDistinctInputs")
            .Select(path => path.TrimStart('.', '/'))
            .OrderBy(path => path)
            .ToList();

        Assert.Equal(new[] { "Models/crm.sor.yaml", "revops.sor.yaml" }, models);
    }

    [Fact]
    public void Deleting_a_model_is_an_input_change_for_CoreCompile()
    {
        ConsumerProject consumer = ModelsEverywhere();

        var cache = consumer.Items("CoreCompileCache").Select(path => path.TrimStart('.', '/')).ToList();

        Assert.Contains("revops.sor.yaml", cache);
        Assert.Contains("Models/crm.sor.yaml", cache);
    }

    [Fact]
    public void SorSystem_SorFlow_and_RootNamespace_reach_the_compiler_once_each()
    {
        ConsumerProject consumer = ModelsEverywhere();

        CommandResult result = DotnetCommand.Run(consumer.Directory, feed.ConsumerEnvironment,
            "msbuild", consumer.ProjectFile, "-t:GenerateMSBuildEditorConfigFile", "-p:SorSystem=crm", "-p:SorFlow=billing-to-crm", "-tl:off", "-nodeReuse:false");
        Assert.True(result.ExitCode == 0, result.ToString());

        string config = File.ReadAllText(Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", consumer.Name + ".GeneratedMSBuildEditorConfig.editorconfig"));
        string[] lines = config.Split('\n').Select(line => line.Trim()).ToArray();
        Assert.Single(lines, "build_property.SorSystem = crm");
        Assert.Single(lines, "build_property.SorFlow = billing-to-crm");
        Assert.Single(lines, line => line.StartsWith("build_property.RootNamespace = ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Analyzer_load_failures_are_errors_unless_turned_off_and_the_projects_own_list_is_kept()
    {
        ConsumerProject consumer = ModelsEverywhere();

        string loud = consumer.Property("WarningsAsErrors");
        string quiet = consumer.Property("WarningsAsErrors", "-p:SorAnalyzersLoadFailuresAsErrors=false");

        string[] ids = loud.Split(';');
        foreach (string id in new[] { "AD0001", "CS8032", "CS8034", "CS8784", "CS8785", "CS9057" })
        {
            Assert.Contains(id, ids);
        }

        Assert.Contains("CS0168", ids);
        Assert.DoesNotContain("AD0001", quiet.Split(';'));
        Assert.Contains("CS0168", quiet.Split(';'));
    }

    [Fact]
    public void The_models_can_be_turned_off_from_Directory_Build_props()
    {
        ConsumerProject consumer = ConsumerProject.Create(feed, "opt-out-directory", EmptyProgram);
        consumer.AddReferenceModel();
        consumer.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <SorAnalyzersIncludeModels>false</SorAnalyzersIncludeModels>
              </PropertyGroup>
            </Project>
            """);
        Assert.Equal(0, consumer.Restore().ExitCode);

        Assert.DoesNotContain(consumer.Items("AdditionalFiles"), path => path.EndsWith(".sor.yaml", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_models_can_be_turned_off_in_the_project_file_too()
    {
        ConsumerProject consumer = ConsumerProject.Create(feed, "opt-out-project", EmptyProgram, """
              <PropertyGroup>
                <SorAnalyzersIncludeModels>false</SorAnalyzersIncludeModels>
              </PropertyGroup>
            """);
        consumer.AddReferenceModel();
        Assert.Equal(0, consumer.Restore().ExitCode);

        Assert.DoesNotContain(consumer.Items("AdditionalFiles"), path => path.EndsWith(".sor.yaml", System.StringComparison.Ordinal));
    }

    // A consumer that stresses the item logic: models at the root and in a folder, copies under bin/ and
    // obj/ that must be ignored, a model the project also lists itself, the props and targets imported a
    // second time straight from the repository (as an in-repo sample does), and its own WarningsAsErrors.
    private ConsumerProject ModelsEverywhere()
    {
        lock (SharedLock)
        {
            return shared ??= CreateModelsEverywhere("models-everywhere");
        }
    }

    private ConsumerProject CreateModelsEverywhere(string name)
    {
        string buildFolder = Path.Combine(feed.RepoRoot, "src", "SorAnalyzers.Package", "buildTransitive");
        ConsumerProject consumer = ConsumerProject.Create(feed, name, EmptyProgram, $"""
              <Import Project="{Path.Combine(buildFolder, "SorAnalyzers.props")}" />
              <PropertyGroup>
                <WarningsAsErrors>$(WarningsAsErrors);CS0168</WarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Include="./revops.sor.yaml" />
              </ItemGroup>
              <Import Project="{Path.Combine(buildFolder, "SorAnalyzers.targets")}" />
            """);
        consumer.AddReferenceModel();
        consumer.AddReferenceModel(relativePath: "Models/crm.sor.yaml");
        consumer.AddReferenceModel(relativePath: "bin/Debug/net10.0/revops.sor.yaml");
        consumer.AddReferenceModel(relativePath: "obj/stale.sor.yaml");
        consumer.Write("notes.yaml", "not: a model\n");
        CommandResult restore = consumer.Restore();
        Assert.True(restore.ExitCode == 0, restore.ToString());
        return consumer;
    }
}
