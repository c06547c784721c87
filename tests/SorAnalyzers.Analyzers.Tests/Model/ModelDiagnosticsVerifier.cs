using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Analyzers.Model;
using SorAnalyzers.Generator;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests.Model;

/// <summary>
/// Runs the model through the real compiler as a build does: the generator (which reports the model's
/// errors) and then <see cref="ModelDiagnosticsAnalyzer"/> (its warnings, and the project-level rules) on
/// the generated compilation. Compares every SOR diagnostic (ID, severity, file, line, column) with what
/// is expected, so a diagnostic reported twice, by both, or by neither fails.
/// </summary>
internal static class ModelDiagnosticsVerifier
{
    public const string ModelPath = "/0/model.sor.yaml";

    public sealed record Expected(string Id, DiagnosticSeverity Severity, string Path, int Line, int Column)
    {
        public override string ToString() => $"{Path}({Line},{Column}): {Severity.ToString().ToLowerInvariant()} {Id}";
    }

    public static Expected Error(string id, int line, int column, string path = ModelPath) => new(id, DiagnosticSeverity.Error, path, line, column);

    public static Expected Warning(string id, int line, int column, string path = ModelPath) => new(id, DiagnosticSeverity.Warning, path, line, column);

    public static Task VerifyAsync(string yaml, params Expected[] expected)
        => VerifyAsync(new[] { (ModelPath, yaml) }, expected);

    public static async Task VerifyAsync((string Path, string Text)[] models, params Expected[] expected)
    {
        ImmutableArray<Diagnostic> actual = await DiagnoseAsync(models);
        string[] shown = actual.Select(Show).OrderBy(s => s, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Select(e => e.ToString()).OrderBy(s => s, StringComparer.Ordinal), shown);
    }

    /// <summary>Every SOR diagnostic the generator and the model analyzer report for these files.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnoseAsync((string Path, string Text)[] models)
    {
        var compilation = CSharpCompilation.Create(
            "Project",
            new[] { CSharpSyntaxTree.ParseText("class Program { static void Main() { } }", path: "/0/Program.cs") },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        ImmutableArray<AdditionalText> texts = models.Select(m => (AdditionalText)new InMemoryText(m.Path, m.Text)).ToImmutableArray();

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new SorModelGenerator().AsSourceGenerator() },
            texts);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out ImmutableArray<Diagnostic> generatorDiagnostics);

        ImmutableArray<Diagnostic> analyzerDiagnostics = await generated
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ModelDiagnosticsAnalyzer()), new AnalyzerOptions(texts))
            .GetAllDiagnosticsAsync();

        return generatorDiagnostics.Concat(analyzerDiagnostics).Where(d => d.Id.StartsWith("SOR", StringComparison.Ordinal)).ToImmutableArray();
    }

    public static string Show(Diagnostic d)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}";
    }
}
