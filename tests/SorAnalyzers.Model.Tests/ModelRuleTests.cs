using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Reading;
using Xunit;

namespace SorAnalyzers.Model.Tests;

public class ModelRuleTests
{
    [Theory]
    [MemberData(nameof(BrokenModels.All), MemberType = typeof(BrokenModels))]
    public void Core_reports_exactly_the_expected_diagnostic(BrokenModels.Case c)
    {
        ModelReadResult result = ModelReader.Read(c.Yaml);

        string actual = string.Join("\n", result.Diagnostics.Select(d => $"{d.Id} {d.Span.DisplayLine},{d.Span.DisplayColumn}: {d.Message}"));
        Assert.True(
            result.Diagnostics.Count == 1 && result.Diagnostics[0].Id == c.Id
                && result.Diagnostics[0].Span.DisplayLine == c.Line && result.Diagnostics[0].Span.DisplayColumn == c.Column,
            $"expected {c.Id} at {c.Line},{c.Column}, got:\n{actual}");
    }

    [Theory]
    [MemberData(nameof(BrokenModels.All), MemberType = typeof(BrokenModels))]
    public async Task Compiler_reports_it_at_its_line_in_the_yaml(BrokenModels.Case c)
    {
        ModelRule rule = ModelRules.All.Single(r => r.Id == c.Id);
        DiagnosticSeverity severity = rule.Severity == ModelSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;

        await ModelAnalyzerVerifier.VerifyAsync(
            c.Yaml,
            new DiagnosticResult(c.Id, severity)
                .WithLocation(ModelAnalyzerVerifier.ModelPath, c.Line, c.Column)
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }
}
