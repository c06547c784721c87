using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SorAnalyzers.Analyzers.Model;
using SorAnalyzers.Model.Diagnostics;
using Xunit;

namespace SorAnalyzers.Model.Tests;

/// <summary>How the model analyzer treats the project as a whole: no model, several models, the examples.</summary>
public class CompilationModelTests
{
    [Theory]
    [InlineData("revops.sor.yaml")]
    [InlineData("people-finance.sor.yaml")]
    public async Task The_shared_examples_build_without_a_diagnostic(string path)
    {
        await ModelAnalyzerVerifier.VerifyAsync(File.ReadAllText(RepoFiles.Model(path)));
    }

    [Fact]
    public async Task A_second_model_is_an_error_at_its_first_line()
    {
        var test = new Test();
        test.TestState.AdditionalFiles.Add(("/0/a.sor.yaml", Models.Valid));
        test.TestState.AdditionalFiles.Add(("/0/b.sor.yaml", Models.Valid));
        test.TestState.AdditionalFiles.Add(("/0/notes.yaml", "not: a model"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SOR0031", DiagnosticSeverity.Error)
            .WithLocation("/0/b.sor.yaml", 1, 1)
            .WithArguments("/0/a.sor.yaml", "/0/b.sor.yaml"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_project_without_a_model_gets_one_warning()
    {
        var test = new Test();
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SOR0032", DiagnosticSeverity.Warning));
        await test.RunAsync(CancellationToken.None);
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

    private sealed class Test : CSharpAnalyzerTest<ModelDiagnosticsAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            TestState.Sources.Add("class C { }");
        }
    }
}
