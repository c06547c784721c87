using System;
using System.IO;
using System.Linq;
using CsCheck;
using SorAnalyzers.Model.Reading;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Generator.Tests;

/// <summary>A broken model: the generator leaves out what is broken, generates the rest, and never throws or reports.</summary>
public class BrokenModelTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("SOR_GEN_ITERATIONS"), out long n) ? n : 12;

    [Fact]
    public void A_field_with_an_unknown_owner_is_left_out_and_the_rest_generated()
    {
        string model = File.ReadAllText(RepoFiles.Model("revops.sor.yaml"))
            .Replace("Territory:    { type: string,  owner: crm }", "Territory:    { type: string,  owner: crn }");
        Assert.Contains(ModelReader.Read(model).Diagnostics, d => d.Id == "SOR0012");

        GenerationOutcome outcome = new GeneratorHarness(model).WithSource("""
            internal static class Uses
            {
                public static void Run(SorAnalyzers.SorRecord record)
                {
                    new Contoso.RevOps.Crm.Account(record).Owner = "x";
                    _ = Contoso.RevOps.SorFields.Account.Arr.Owner;
                }
            }
            """).Run();

        outcome.AssertClean();
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.DoesNotContain("Territory", outcome.Source("SorModel.Fields.g.cs"));
        Assert.Contains("Arr", outcome.Source("SorModel.Fields.g.cs"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sor: 2\nsystems: {}\nentities: {}\n")]
    [InlineData("sor: 1\nsystems: { crm: {} }\nentities: { A: { fields: { B: { type: string, owner: crm } } }\n")]
    [InlineData("- just\n- a list\n")]
    public void A_model_that_cannot_be_read_generates_nothing(string model)
    {
        GenerationOutcome outcome = new GeneratorHarness(model).Run();

        Assert.Null(outcome.RunResult.Results.Single().Exception);
        Assert.Empty(outcome.Sources);
        Assert.Empty(outcome.GeneratorDiagnostics);
    }

    [Fact]
    public void Only_the_first_model_by_path_is_used()
    {
        var harness = new GeneratorHarness("sor: 1\nnamespace: First\nsystems: { crm: {} }\nentities: { A: { fields: { B: { type: string, owner: crm } } } }\n", "/project/a.sor.yaml");
        var second = new GeneratorHarness("sor: 1\nnamespace: Second\nsystems: { crm: {} }\nentities: {}\n", "/project/b.SOR.YAML");
        var notes = new GeneratorHarness("sor: 1\nnamespace: Notes\n", "/project/notes.yaml");
        harness.AdditionalTexts = second.AdditionalTexts.AddRange(harness.AdditionalTexts).AddRange(notes.AdditionalTexts);

        GenerationOutcome outcome = harness.Run();

        outcome.AssertClean();
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("First.SorFields"));
        Assert.Null(outcome.Output.GetTypeByMetadataName("Second.SorFields"));
    }

    [Fact]
    public void Random_edits_of_the_reference_model_never_throw_and_what_is_generated_compiles()
    {
        string text = File.ReadAllText(RepoFiles.Model("revops.sor.yaml"));
        Gen.Select(Gen.Int[0, text.Length - 1], Gen.Int[0, 20], Gen.String[Gen.Char["{}[]:,-&*!|>'\"#\t\n ab1.\\"], 0, 8])
            .Sample((at, remove, insert) =>
            {
                string edited = text.Substring(0, at) + insert + text.Substring(Math.Min(text.Length, at + remove));
                GenerationOutcome outcome = new GeneratorHarness(edited).Run();
                Assert.Null(outcome.RunResult.Results.Single().Exception);
                Assert.Empty(outcome.GeneratorDiagnostics);
                outcome.AssertClean();
            }, iter: Iterations);
    }
}
