using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Analyzers.Model;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Testing;
using Xunit;
using static SorAnalyzers.Analyzers.Tests.Model.ModelDiagnosticsVerifier;

namespace SorAnalyzers.Analyzers.Tests.Model;

/// <summary>The model through the compiler as a whole project sees it: the examples, several models, none.</summary>
public class CompilationModelTests
{
    [Theory]
    [InlineData("revops.sor.yaml")]
    [InlineData("people-finance.sor.yaml")]
    public async Task The_reference_models_build_without_a_diagnostic(string path)
    {
        await VerifyAsync(File.ReadAllText(RepoFiles.Model(path)));
    }

    [Fact]
    public async Task The_files_of_a_project_form_one_model_and_each_warning_lands_in_its_own_file()
    {
        var parts = SplitModels.Split(SmallModels.Valid.Replace("Name: { type: string, owner: crm }", "Name: { type: string, owner: crm, colour: red }"));
        await VerifyAsync(
            parts.Select(p => ("/0/model/" + p.Name, p.Text)).Append(("/0/notes.yaml", "not: a model")).ToArray(),
            Warning("SOR0005", 5, 41, "/0/model/2-entities.sor.yaml"));
    }

    [Fact]
    public async Task A_flow_declared_in_two_files_is_an_error_at_both_places()
    {
        const string Flow = "sor: 1\nflows:\n  - { id: crm-to-bi, from: crm, to: bi, fields: [Account.Name] }\n";
        await VerifyAsync(
            new[] { ("/0/a.sor.yaml", SmallModels.Valid), ("/0/b.sor.yaml", Flow) },
            Error("SOR0020", 3, 11, "/0/b.sor.yaml"),
            Error("SOR0020", 18, 9, "/0/a.sor.yaml"));
    }

    [Fact]
    public async Task A_project_without_a_model_gets_one_warning()
    {
        var diagnostics = await DiagnoseAsync(System.Array.Empty<(string, string)>());
        Diagnostic only = Assert.Single(diagnostics);
        Assert.Equal(("SOR0032", DiagnosticSeverity.Warning, Location.None), (only.Id, only.Severity, only.Location));
    }

    [Fact]
    public async Task A_model_error_is_reported_once_with_its_first_occurrence_as_related_location()
    {
        string yaml = SmallModels.Valid.Replace("billing: { title: Chargebee }", "billing: { title: Chargebee }\n  crm: { title: Again }");
        Diagnostic duplicate = Assert.Single(await DiagnoseAsync(new[] { (ModelPath, yaml) }));
        Assert.Equal("SOR0007", duplicate.Id);
        Assert.Equal(DiagnosticSeverity.Error, duplicate.Severity);
        Assert.Equal(3, Assert.Single(duplicate.AdditionalLocations).GetLineSpan().StartLinePosition.Line);
        Assert.Equal("'crm' is declared twice in this map; the first declaration is kept", duplicate.GetMessage());
    }

    [Fact]
    public void Roslyn_descriptors_agree_with_the_model_rules()
    {
        Assert.Equal(ModelRules.All.Select(r => r.Id), ModelDescriptors.All.Select(d => d.Id));
        foreach ((ModelRule rule, DiagnosticDescriptor descriptor) in ModelRules.All.Zip(ModelDescriptors.All))
        {
            DiagnosticSeverity expected = rule.Severity == ModelSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            Assert.Equal(expected, descriptor.DefaultSeverity);
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void Every_rule_has_a_docs_page_and_a_release_tracking_row()
    {
        string releases = File.ReadAllText(RepoFiles.InRepo("src/SorAnalyzers.Analyzers/AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(RepoFiles.InRepo("src/SorAnalyzers.Analyzers/AnalyzerReleases.Shipped.md"));
        foreach (ModelRule rule in ModelRules.All)
        {
            string page = RepoFiles.InRepo($"docs/rules/{rule.Id}.md");
            Assert.True(File.Exists(page), $"missing {page}");
            Assert.Contains($"# {rule.Id}", File.ReadAllText(page));
            Assert.Contains(rule.Id + " |", releases);
        }
    }
}
