using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SorAnalyzers.Analyzers.Model;

namespace SorAnalyzers.Model.Tests;

/// <summary>
/// Runs <see cref="ModelDiagnosticsAnalyzer"/> through the real compiler with the model as an
/// additional file, and compares what it reports (ID, file, line, column) with what is expected.
/// </summary>
internal static class ModelAnalyzerVerifier
{
    public const string ModelPath = "/0/model.sor.yaml";

    public static DiagnosticResult Diagnostic(string id, int line, int column)
        => new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(ModelPath, line, column);

    public static async Task VerifyAsync(string yaml, params DiagnosticResult[] expected)
    {
        var test = new Test();
        test.TestState.Sources.Add("class Program { static void Main() { } }");
        test.TestState.AdditionalFiles.Add((ModelPath, yaml));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    private sealed class Test : CSharpAnalyzerTest<ModelDiagnosticsAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            // Offline reference assemblies: the exact Microsoft.NETCore.App.Ref versions are not served here.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            TestState.OutputKind = OutputKind.ConsoleApplication;
        }
    }
}
