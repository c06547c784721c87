using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SorAnalyzers.Generator.Emit;
using SorAnalyzers.Generator.Input;
using SorAnalyzers.Generator.Plan;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Generator.Tests;

/// <summary>What the consuming project decides: the language version and whether DateOnly exists.</summary>
public class ProjectOptionsTests
{
    [Fact]
    public void Date_fields_are_DateOnly_where_the_compilation_has_it()
    {
        GenerationOutcome outcome = ExampleModelTests.Example("revops").Run();

        Assert.Contains("global::SorAnalyzers.SorField<global::System.DateOnly> RenewalDate", outcome.Source("SorModel.Fields.g.cs"));
        Assert.Contains("global::SorAnalyzers.SorField<global::System.DateTimeOffset> SubmittedAt", ExampleModelTests.Example("people-finance").Run().Source("SorModel.Fields.g.cs"));
    }

    [Fact]
    public void Date_fields_are_DateTime_without_DateOnly_and_still_compile()
    {
        OwnershipModel model = ModelReader.Read(File.ReadAllText(RepoFiles.Model("revops.sor.yaml"))).Model!;

        ModelPlan plan = ModelPlanner.Plan(model, new GenerationOptions(null, HasDateOnly: false, Nullable: true));
        var files = ModelEmitter.Emit(plan);

        Assert.Contains("global::SorAnalyzers.SorField<global::System.DateTime> RenewalDate", files.Single(f => f.HintName == "SorModel.Fields.g.cs").Text);
        GeneratorHarness harness = new("sor: 1\nsystems: {}\nentities: {}\n");
        foreach (GeneratedFile file in files)
        {
            harness.WithSource(file.Text);
        }

        harness.WithSource("internal static class Uses { public static void Run(SorAnalyzers.SorRecord r) => new Contoso.RevOps.Billing.Subscription(r).RenewalDate = new System.DateTime(2027, 1, 1); }");
        Assert.Empty(harness.Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Info));
    }

    [Fact]
    public void The_driver_picks_DateTime_for_a_compilation_without_DateOnly()
    {
        // No references at all: the compilation has no System.DateOnly (as on netstandard2.0 or net4x).
        var harness = new GeneratorHarness(File.ReadAllText(RepoFiles.Model("revops.sor.yaml")), references: System.Array.Empty<MetadataReference>());

        GenerationOutcome outcome = harness.Run();

        Assert.Contains("global::SorAnalyzers.SorField<global::System.DateTime> RenewalDate", outcome.Source("SorModel.Fields.g.cs"));
        Assert.Contains("public global::System.DateTime RenewalDate", outcome.Source("SorModel.Views.Billing.g.cs"));
    }

    [Fact]
    public void A_project_on_CSharp_7_3_gets_code_without_nullable_annotations()
    {
        var harness = new GeneratorHarness(
            File.ReadAllText(RepoFiles.Model("revops.sor.yaml")),
            parseOptions: GeneratorHarness.DefaultParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3));

        GenerationOutcome outcome = harness.WithSource("""
            internal static class Uses
            {
                public static void Run(SorAnalyzers.SorRecord record) { new Contoso.RevOps.Crm.Account(record).Owner = null; }
            }
            """).Run();

        outcome.AssertClean();
        Assert.All(outcome.Sources, s => Assert.DoesNotContain("#nullable", s.SourceText.ToString()));
    }

    [Fact]
    public void The_model_file_extension_is_matched_without_regard_to_case()
    {
        GenerationOutcome outcome = new GeneratorHarness("sor: 1\nsystems: { crm: {} }\nentities: { A: { fields: { B: { type: string, owner: crm } } } }\n", "/project/Model.SOR.YAML").Run();

        outcome.AssertClean();
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("SorModel.SorFields+A"));
    }
}
