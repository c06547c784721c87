using System.IO;
using System.Linq;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Reading;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Model.Tests;

/// <summary>A model read from several files: one model, each place in its own file.</summary>
public class SplitModelReadingTests
{
    [Theory]
    [InlineData("revops.sor.yaml")]
    [InlineData("people-finance.sor.yaml")]
    public void A_reference_model_in_three_files_reads_as_the_same_model(string name)
    {
        string text = File.ReadAllText(RepoFiles.Model(name));
        OwnershipModel whole = ModelReader.Read(text).Model!;

        // Given in any order: the reader takes the files by path.
        ModelReadResult split = ModelReader.Read(SplitModels.Split(text).Reverse().Select(p => new ModelSource("model/" + p.Name, p.Text)));

        Assert.Empty(split.Diagnostics);
        OwnershipModel model = split.Model!;
        Assert.Equal((whole.Name, whole.Version, whole.Namespace), (model.Name, model.Version, model.Namespace));
        Assert.Equal(whole.Systems.Select(s => s with { Span = default }), model.Systems.Select(s => s with { Span = default }));
        Assert.Equal(whole.AllFields.Select(f => (f.Key, f.Owner, f.Type)), model.AllFields.Select(f => (f.Key, f.Owner, f.Type)));
        Assert.Equal(whole.Flows.Select(f => (f.Id, f.From, f.To, f.DirectionText)), model.Flows.Select(f => (f.Id, f.From, f.To, f.DirectionText)));
        Assert.Equal(whole.Holdings.Select(h => (h.System, h.FieldKey, h.ViaFlow)), model.Holdings.Select(h => (h.System, h.FieldKey, h.ViaFlow)));

        Assert.Equal(new[] { "model/1-systems.sor.yaml", "model/2-entities.sor.yaml", "model/3-flows.sor.yaml" }, split.Sources.Select(s => s.Path));
        Assert.All(model.Systems, s => Assert.Equal(0, s.Span.Source));
        Assert.All(model.AllFields, f => Assert.Equal(1, f.Span.Source));
        Assert.All(model.Flows, f => Assert.Equal(2, f.Span.Source));
        Assert.All(model.Flows, f => Assert.Equal("model/3-flows.sor.yaml", split.PathOf(f.Span)));
    }

    [Fact]
    public void A_single_value_declared_in_two_files_is_reported_at_both_and_the_first_is_kept()
    {
        ModelReadResult read = ModelReader.Read(new[]
        {
            new ModelSource("b.sor.yaml", "sor: 1\nnamespace: Second\n"),
            new ModelSource("a.sor.yaml", SmallModels.Valid.Replace("name: Test model", "name: Test model\nnamespace: First")),
        });

        Assert.Equal("First", read.Model!.Namespace);
        ModelDiagnostic[] duplicates = read.Diagnostics.Where(d => d.Id == "SOR0007").ToArray();
        Assert.Equal(2, duplicates.Length);
        Assert.Equal(("b.sor.yaml", 2), (read.PathOf(duplicates[0].Span), duplicates[0].Span.DisplayLine));
        Assert.Equal(("a.sor.yaml", 3), (read.PathOf(duplicates[1].Span), duplicates[1].Span.DisplayLine));
        Assert.Equal("'namespace' is declared twice in the model; the first declaration is kept", duplicates[0].Message);
        Assert.Equal(duplicates[0].Span, duplicates[1].RelatedSpan);
    }

    [Fact]
    public void A_duplicate_inside_one_file_is_reported_once_as_before()
    {
        ModelReadResult read = ModelReader.Read(new[]
        {
            new ModelSource("a.sor.yaml", SmallModels.Valid.Replace("  bi: { readOnly: true }", "  bi: { readOnly: true }\n  crm: {}")),
            new ModelSource("b.sor.yaml", "sor: 1\n"),
        });

        Assert.Single(read.Diagnostics, d => d.Id == "SOR0007");
    }

    [Fact]
    public void Sections_are_required_of_the_model_not_of_each_file()
    {
        ModelReadResult read = ModelReader.Read(new[]
        {
            new ModelSource("a.sor.yaml", "sor: 1\nsystems: { crm: {} }\n"),
            new ModelSource("b.sor.yaml", "sor: 1\nflows: []\n"),
        });

        ModelDiagnostic missing = Assert.Single(read.Diagnostics);
        Assert.Equal(("SOR0008", "a.sor.yaml"), (missing.Id, read.PathOf(missing.Span)));
        Assert.Contains("'entities'", missing.Message);
    }

    [Theory]
    [InlineData("sor: 1\nentities: [a, b")]
    [InlineData("sor: 2\nentities: {}\n")]
    [InlineData("")]
    [InlineData("- a list\n")]
    public void A_file_that_cannot_be_read_gives_no_model_and_its_problem_stays_in_it(string broken)
    {
        ModelReadResult read = ModelReader.Read(new[]
        {
            new ModelSource("a.sor.yaml", SmallModels.Valid),
            new ModelSource("b.sor.yaml", broken),
        });

        Assert.Null(read.Model);
        Assert.NotEmpty(read.Diagnostics);
        Assert.All(read.Diagnostics, d => Assert.Equal("b.sor.yaml", read.PathOf(d.Span)));
    }

    [Fact]
    public void Every_span_of_every_diagnostic_is_inside_its_own_file()
    {
        string text = File.ReadAllText(RepoFiles.Model("revops.sor.yaml")).Replace("owner: crm", "owner: crn").Replace("from: crm", "from: cmr");
        ModelReadResult read = ModelReader.Read(SplitModels.Split(text).Select(p => new ModelSource(p.Name, p.Text)));

        Assert.NotEmpty(read.Diagnostics);
        foreach (ModelDiagnostic d in read.Diagnostics)
        {
            string fileText = read.SourceOf(d.Span)!.Text;
            Assert.InRange(d.Span.End, 0, fileText.Length);
            Assert.InRange(d.Span.StartLine, 0, fileText.Count(c => c == '\n'));
        }
    }
}
