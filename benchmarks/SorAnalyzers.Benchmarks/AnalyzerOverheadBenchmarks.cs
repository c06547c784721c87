using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// What the analyzers add to a build, side by side in one run: the same integration project compiled
/// with no analyzer (the baseline), with ours, and with Microsoft.CodeAnalysis.BannedApiAnalyzers as a
/// peer. Each operation starts from a fresh clone of the compilation (trees parsed, nothing bound), so
/// every case pays for binding the whole project plus what its analyzers add, as a build does.
/// Binding and analysis run on one thread (see <see cref="CompilerInputs.Compilation"/>): the ratio is
/// the CPU work the analyzers add, not how well they hide behind a second core.
/// </summary>
[MemoryDiagnoser]
[MaxIterationCount(20)]
public class AnalyzerOverheadBenchmarks
{
    private IntegrationProject _project = null!;
    private AnalyzerOptions _analyzerOptions = null!;

    /// <summary>Synthetic files added to the sample's 14.</summary>
    [Params(200)]
    public int SyntheticFiles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _project = IntegrationProject.Create(SyntheticFiles, AnalyzerSets.BannedSymbols);
        _analyzerOptions = new AnalyzerOptions(_project.AdditionalFiles, _project.Options);
        CheckAnalyzersWork();
    }

    [Benchmark(Baseline = true, Description = "no analyzers (GetDiagnostics)")]
    public int NoAnalyzers() => _project.Compilation.Clone().GetDiagnostics().Length;

    [Benchmark(Description = "SorAnalyzers (4 analyzers)")]
    public int SorAnalyzers() => Analyze(_project.Compilation.Clone(), AnalyzerSets.Ours).Length;

    [Benchmark(Description = "BannedApiAnalyzers 5.6.0 (peer)")]
    public int BannedApiAnalyzers() => Analyze(_project.Compilation.Clone(), AnalyzerSets.BannedApi).Length;

    /// <summary>Compiler and analyzer diagnostics together, as a build computes them.</summary>
    private ImmutableArray<Diagnostic> Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
        => compilation
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(_analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>A diagnostic a user would see: the compiler's hidden ones (unnecessary using) are not.</summary>
    private static bool IsFinding(Diagnostic d) => d.Severity >= DiagnosticSeverity.Info || d.Id.StartsWith("SOR", StringComparison.Ordinal) || d.Id.StartsWith("AD", StringComparison.Ordinal);

    /// <summary>
    /// A benchmark of analyzers that silently do nothing would flatter them: check that ours are live
    /// (one wrong-direction write added to a copy is reported) and clean on the project, and that the
    /// peer reads its BannedSymbols.txt (the sample's Console.WriteLine calls are reported).
    /// </summary>
    private void CheckAnalyzersWork()
    {
        var ours = Analyze(_project.Compilation.Clone(), AnalyzerSets.Ours).Where(IsFinding).ToList();
        if (ours.Count > 0)
        {
            throw new InvalidOperationException("Our analyzers should be silent on the benchmark project:\n" + string.Join("\n", ours.Take(20)));
        }

        SyntaxTree violation = CompilerInputs.Parse(
            "namespace Contoso.RevOps.Integrations { [SorAnalyzers.SorSystem(\"crm\")] internal static class Wrong { public static void Write(SorAnalyzers.SorRecord r) => r.Set(Contoso.RevOps.SorFields.Account.Arr, 1m); } }",
            "/project/Wrong.cs");
        ImmutableArray<Diagnostic> caught = Analyze(_project.Compilation.AddSyntaxTrees(violation), AnalyzerSets.Ours);
        if (!caught.Any(d => d.Id == "SOR0101"))
        {
            throw new InvalidOperationException("Our analyzers missed a wrong-direction write; got: " + string.Join("\n", caught));
        }

        ImmutableArray<Diagnostic> banned = Analyze(_project.Compilation.Clone(), AnalyzerSets.BannedApi);
        if (!banned.Any(d => d.Id == "RS0030") || banned.Any(d => d.Id.StartsWith("AD", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("BannedApiAnalyzers did not report the banned Console.WriteLine; got: " + string.Join("\n", banned.Take(20)));
        }
    }
}
