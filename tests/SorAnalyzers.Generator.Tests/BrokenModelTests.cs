using System;
using System.IO;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Model.Reading;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Generator.Tests;

/// <summary>
/// A broken model: the generator leaves out what is broken, generates the rest, never throws, and reports
/// the model's errors itself (so that they show even when C# fails for lack of the generated API); a failure
/// of its own is SOR0034 at the model.
/// </summary>
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

        Diagnostic reported = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal(("SOR0012", DiagnosticSeverity.Error), (reported.Id, reported.Severity));
        Assert.Equal("/project/model.sor.yaml", reported.Location.GetLineSpan().Path);
        Assert.Equal(BuildOutput.LineOf(RepoFiles.Model("revops.sor.yaml"), "Territory:    { type: string,  owner: crm }"), reported.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(outcome.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.DoesNotContain("Territory", outcome.Source("SorModel.Fields.g.cs"));
        Assert.Contains("Arr", outcome.Source("SorModel.Fields.g.cs"));
    }

    [Theory]
    [InlineData("", "SOR0004", 1)]
    [InlineData("sor: 2\nsystems: {}\nentities: {}\n", "SOR0002", 1)]
    [InlineData("sor: 1\nsystems: { crm: {} }\nentities: { A: { fields: { B: { type: string, owner: crm } } }\n", "SOR0001", 4)]
    [InlineData("sor: 1\nsystems: [a, b", "SOR0001", 2)]
    [InlineData("- just\n- a list\n", "SOR0003", 1)]
    public void A_model_that_cannot_be_read_generates_nothing_and_reports_why_at_its_line(string model, string id, int line)
    {
        GenerationOutcome outcome = new GeneratorHarness(model).Run();

        Assert.Null(outcome.RunResult.Results.Single().Exception);
        Assert.Empty(outcome.Sources);
        Diagnostic reported = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal((id, line), (reported.Id, reported.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.DoesNotContain("Operation is not valid", reported.GetMessage());
        Assert.True(reported.Location.SourceSpan.End <= model.Length);
    }

    [Fact]
    public void A_model_warning_is_left_to_the_analyzer()
    {
        GenerationOutcome outcome = new GeneratorHarness(File.ReadAllText(RepoFiles.Model("revops.sor.yaml")).Replace("sor: 1", "sor: 1\ncolour: blue")).Run();

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.NotEmpty(outcome.Sources);
    }

    [Fact]
    public void A_failure_inside_the_generator_is_reported_at_the_model_and_never_swallowed()
    {
        var harness = new GeneratorHarness(File.ReadAllText(RepoFiles.Model("revops.sor.yaml")))
        {
            Generator = new SorModelGenerator(_ => throw new OutOfMemoryException("internal detail")),
        };

        GenerationOutcome outcome = harness.Run();

        Assert.Null(outcome.RunResult.Results.Single().Exception);
        Diagnostic reported = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal(("SOR0034", DiagnosticSeverity.Error, "/project/model.sor.yaml", 0), (reported.Id, reported.Severity, reported.Location.GetLineSpan().Path, reported.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("it ran out of memory", reported.GetMessage());
        Assert.DoesNotContain("internal detail", reported.GetMessage());
    }

    [Fact]
    public void A_broken_assembly_still_escapes_as_a_generator_exception()
    {
        var harness = new GeneratorHarness(File.ReadAllText(RepoFiles.Model("revops.sor.yaml")))
        {
            Generator = new SorModelGenerator(_ => throw new FileNotFoundException("YamlDotNet")),
        };

        Assert.IsType<FileNotFoundException>(harness.Run().RunResult.Results.Single().Exception);
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
                // Exactly the model's errors, as the core reads them; never a failure of the generator.
                Assert.Equal(
                    ModelReader.Read(edited).Diagnostics.Where(d => d.ReportedByGenerator).Select(d => d.Id),
                    outcome.GeneratorDiagnostics.Select(d => d.Id));
                Assert.Empty(outcome.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Info));
            }, iter: Iterations);
    }
}
