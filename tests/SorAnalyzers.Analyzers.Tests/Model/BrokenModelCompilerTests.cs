using System.Linq;
using System.Threading.Tasks;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Testing;
using Xunit;
using static SorAnalyzers.Analyzers.Tests.Model.ModelDiagnosticsVerifier;

namespace SorAnalyzers.Analyzers.Tests.Model;

/// <summary>
/// Every broken model of the shared table through the compiler: reported exactly once (errors by the
/// generator, warnings by the analyzer), at its line and column in the YAML.
/// </summary>
public class BrokenModelCompilerTests
{
    [Theory]
    [MemberData(nameof(BrokenModels.All), MemberType = typeof(BrokenModels))]
    public async Task Compiler_reports_it_once_at_its_line_in_the_yaml(BrokenModels.Case c)
    {
        ModelRule rule = ModelRules.All.Single(r => r.Id == c.Id);
        await VerifyAsync(c.Yaml, rule.Severity == ModelSeverity.Error ? Error(c.Id, c.Line, c.Column) : Warning(c.Id, c.Line, c.Column));
    }
}
