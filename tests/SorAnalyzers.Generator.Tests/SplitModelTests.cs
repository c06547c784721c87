using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Generator.Tests;

/// <summary>A model split across several <c>*.sor.yaml</c> files generates what the same model in one file does.</summary>
public class SplitModelTests
{
    private const string MarkerHint = "SorModel.Marker.g.cs";

    [Fact]
    public void The_reference_model_in_three_files_generates_the_same_code_byte_for_byte()
    {
        string text = File.ReadAllText(RepoFiles.Model("revops.sor.yaml"));
        GenerationOutcome whole = new GeneratorHarness(text, "/project/revops.sor.yaml").Run();
        GenerationOutcome split = Split(text).Run();

        whole.AssertClean();
        split.AssertClean();
        var wholeSources = whole.Sources.Where(s => s.HintName != MarkerHint).Select(s => (s.HintName, s.SourceText.ToString())).ToArray();
        var splitSources = split.Sources.Where(s => s.HintName != MarkerHint).Select(s => (s.HintName, s.SourceText.ToString())).ToArray();
        Assert.True(wholeSources.Length > 5);
        Assert.Equal(wholeSources, splitSources);

        // The marker records the texts the API came from, so that a project seeing other files can tell.
        Assert.NotEqual(whole.Source(MarkerHint), split.Source(MarkerHint));
    }

    [Fact]
    public void Each_file_may_refer_to_what_the_others_declare_whatever_their_order()
    {
        var harness = new GeneratorHarness("sor: 1\nflows:\n  - { id: crm-to-bi, from: crm, to: bi, fields: [Account.Name] }\n", "/project/a-flows.sor.yaml");
        harness.AdditionalTexts = harness.AdditionalTexts
            .Add(new InMemoryText("/project/sub/z-systems.sor.yaml", "sor: 1\nnamespace: Split\nsystems: { crm: {}, bi: { readOnly: true } }\n"))
            .Add(new InMemoryText("/project/m-entities.SOR.YAML", "sor: 1\nentities: { Account: { fields: { Name: { type: string, owner: crm } } } }\n"))
            .Add(new InMemoryText("/project/notes.yaml", "sor: 1\nnamespace: Notes\n"));

        GenerationOutcome outcome = harness.Run();

        outcome.AssertClean();
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Split.SorFields"));
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Split.Flows.CrmToBi.Account"));
        Assert.Null(outcome.Output.GetTypeByMetadataName("Notes.SorFields"));
    }

    [Fact]
    public void A_name_declared_in_two_files_is_an_error_at_both_places()
    {
        var harness = new GeneratorHarness("sor: 1\nnamespace: Split\nsystems:\n  crm: {}\n  billing: {}\n", "/project/a.sor.yaml");
        harness.AdditionalTexts = harness.AdditionalTexts
            .Add(new InMemoryText("/project/b.sor.yaml", "sor: 1\nsystems:\n  cs: {}\n  crm: { title: Dynamics }\nentities: { Account: { fields: { Name: { type: string, owner: crm } } } }\n"));

        GenerationOutcome outcome = harness.Run();

        Diagnostic[] errors = outcome.RunResult.Diagnostics.Where(d => d.Id == "SOR0007").OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ToArray();
        Assert.Equal(2, errors.Length);
        Assert.Equal(("/project/a.sor.yaml", 3), (errors[0].Location.GetLineSpan().Path, errors[0].Location.GetLineSpan().StartLinePosition.Line));
        Assert.Equal(("/project/b.sor.yaml", 3), (errors[1].Location.GetLineSpan().Path, errors[1].Location.GetLineSpan().StartLinePosition.Line));
        Assert.Equal("/project/b.sor.yaml", errors[0].AdditionalLocations.Single().GetLineSpan().Path);
        Assert.Equal("/project/a.sor.yaml", errors[1].AdditionalLocations.Single().GetLineSpan().Path);
        Assert.All(errors, e => Assert.Equal("'crm' is declared twice in systems; the first declaration is kept", e.GetMessage()));

        // The first declaration is kept, and the rest of the model still generates.
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Split.SorFields"));
    }

    [Fact]
    public void An_error_is_reported_in_the_file_that_has_it()
    {
        GeneratorHarness harness = Split(File.ReadAllText(RepoFiles.Model("revops.sor.yaml")).Replace("owner: billing", "owner: biling"));

        GenerationOutcome outcome = harness.Run();

        Diagnostic[] unknown = outcome.RunResult.Diagnostics.Where(d => d.Id == "SOR0012").ToArray();
        Assert.NotEmpty(unknown);
        Assert.All(unknown, d => Assert.Equal("/project/model/2-entities.sor.yaml", d.Location.GetLineSpan().Path));
    }

    [Fact]
    public void Editing_one_file_regenerates_only_the_files_that_show_the_change()
    {
        GeneratorHarness harness = Split(File.ReadAllText(RepoFiles.Model("revops.sor.yaml")));
        GeneratorDriver driver = harness.CreateDriver().RunGenerators(harness.Compilation);
        AdditionalText original = harness.AdditionalTexts.Single(t => t.Path.EndsWith("2-entities.sor.yaml", StringComparison.Ordinal));
        string text = original.GetText()!.ToString().Replace("Territory:    { type: string,  owner: crm }", "Territory:    { type: string,  owner: crm, description: Sales region. }");
        Assert.NotEqual(original.GetText()!.ToString(), text);

        GeneratorRunResult run = driver.ReplaceAdditionalText(original, new InMemoryText(original.Path, text)).RunGenerators(harness.Compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { "SorModel.Fields.g.cs", "SorModel.FlowViews.CrmToBi.g.cs", "SorModel.Views.Bi.g.cs", "SorModel.Views.Crm.g.cs" }, IncrementalityTests.Regenerated(run));
    }

    /// <summary>The model cut into three files under /project/model/, in the harness.</summary>
    private static GeneratorHarness Split(string model)
    {
        var parts = SplitModels.Split(model);
        var harness = new GeneratorHarness(parts[0].Text, "/project/model/" + parts[0].Name);
        harness.AdditionalTexts = harness.AdditionalTexts.AddRange(parts.Skip(1).Select(p => (AdditionalText)new InMemoryText("/project/model/" + p.Name, p.Text)));
        return harness;
    }
}
