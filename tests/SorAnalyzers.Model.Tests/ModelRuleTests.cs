using System.Linq;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Reading;
using SorAnalyzers.Testing;
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
}
