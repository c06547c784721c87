using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Generator;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// The analyzers' share of a compile on the scaled model (<c>--scale analyzers</c>): an integration
/// project of synthetic files written from the 2,000-field model (sync jobs through flow views, system
/// desks, <c>SorRecord.Set</c>) plus the generated API, compiled and analyzed on one thread with no
/// analyzer, with ours, and with BannedApiAnalyzers. Our overhead is set against the compile and
/// against the peer's overhead, the two ratios the issue asks for.
/// </summary>
internal static class ScaledAnalyzerOverhead
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> DriverOnly = ImmutableArray.Create<DiagnosticAnalyzer>(new NoWork(
        GeneratedCodeAnalysisFlags.None,
        Microsoft.CodeAnalysis.OperationKind.SimpleAssignment,
        Microsoft.CodeAnalysis.OperationKind.Invocation,
        Microsoft.CodeAnalysis.OperationKind.ObjectCreation,
        Microsoft.CodeAnalysis.OperationKind.PropertyReference));

    public static void Run(string yaml, int files, int? entitiesPerDesk, int rounds)
    {
        (Compilation compilation, AnalyzerOptions analyzerOptions, Codebase codebase) = Project(yaml, files, entitiesPerDesk);
        ImmutableArray<Diagnostic> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers) => compilation.Clone()
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult();

        var ours = Analyze(AnalyzerSets.Ours).Where(d => d.Id.StartsWith("SOR", StringComparison.Ordinal) || d.Id.StartsWith("AD", StringComparison.Ordinal)).ToList();
        var banned = Analyze(AnalyzerSets.BannedApi);
        if (ours.Count > 0 || !banned.Any(d => d.Id == "RS0030"))
        {
            throw new InvalidOperationException("Ours must be silent and the peer must report RS0030:\n" + string.Join("\n", ours.Concat(banned).Take(20)));
        }

        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"## Analyzers on the scaled model: {codebase.Describe()}, and the generated API, one thread"));
        var cases = new (string Name, Func<object> Run)[]
        {
            ("no analyzers (GetDiagnostics)", () => compilation.Clone().GetDiagnostics().Length),
            ("SorAnalyzers (3 analyzers)", () => Analyze(AnalyzerSets.Ours).Length),
            ("BannedApiAnalyzers 5.6.0 (peer)", () => Analyze(AnalyzerSets.BannedApi).Length),
            ("the analyzer driver alone (an analyzer that does nothing per operation)", () => Analyze(DriverOnly).Length),
        };
        var times = ScaleRun.Interleave(cases, rounds);
        ScaleRun.Print($"analyzer overhead ({rounds} interleaved rounds)", cases, times);
        var oursShare = Enumerable.Range(0, rounds).Select(r => (times[1][r] - times[0][r]) / times[0][r]).ToList();
        var toPeer = Enumerable.Range(0, rounds).Select(r => (times[1][r] - times[0][r]) / (times[2][r] - times[0][r])).ToList();
        // The driver's own cost (operation trees, compilation events) is paid by any analyzer of operations;
        // what each set adds beyond it is its own work, what -p:ReportAnalyzer=true attributes to it.
        var oursOwn = Enumerable.Range(0, rounds).Select(r => (times[1][r] - times[3][r]) / times[0][r]).ToList();
        var oursToPeerOwn = Enumerable.Range(0, rounds).Select(r => (times[1][r] - times[3][r]) / (times[2][r] - times[3][r])).ToList();
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"Beyond the driver: ours {ScaleRun.Median(oursOwn):P1} of the compile (rounds {oursOwn.Min():P1} to {oursOwn.Max():P1}); ours / the peer's: {ScaleRun.Median(oursToPeerOwn):0.00} ({oursToPeerOwn.Min():0.00} to {oursToPeerOwn.Max():0.00})."));
        Console.WriteLine(FormattableString.Invariant(
            $"Wall time added, analyzer driver included: ours {ScaleRun.Median(oursShare):P1} of the compile (rounds {oursShare.Min():P1} to {oursShare.Max():P1}); ours / the peer's: {ScaleRun.Median(toPeer):0.00} ({toPeer.Min():0.00} to {toPeer.Max():0.00})."));
    }

    /// <summary>
    /// Each analyzer's own time on the same compilation (<c>--scale analyzers-profile</c>): the compiler's per-analyzer
    /// execution log, one thread, ours and the peer in one run; where ReportAnalyzer's rows come from, without a build.
    /// </summary>
    public static void Profile(string yaml, int files, int? entitiesPerDesk, int rounds)
    {
        (Compilation compilation, AnalyzerOptions analyzerOptions, Codebase codebase) = Project(yaml, files, entitiesPerDesk);
        var analyzers = AnalyzerSets.Ours.AddRange(AnalyzerSets.BannedApi).Add(OurKinds());
        var seconds = analyzers.ToDictionary(a => a, _ => new List<double>());

        // The first round of the process: every analyzer's code compiled by the JIT as it first runs, and the metadata of
        // the references read as first asked, as in a build that starts a new compiler.
        var cold = new Dictionary<DiagnosticAnalyzer, double>();
        for (int round = -1; round < rounds; round++)
        {
            CompilationWithAnalyzers run = compilation.Clone().WithAnalyzers(
                analyzers, new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            AnalysisResult result = run.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            foreach (DiagnosticAnalyzer analyzer in analyzers)
            {
                double time = result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalSeconds;
                if (round < 0)
                {
                    cold[analyzer] = time;
                }
                else
                {
                    seconds[analyzer].Add(time);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"## Each analyzer's execution time on the scaled model, {codebase.Describe()}, one thread (median of {rounds} rounds after one warm-up)"));
        Console.WriteLine();
        Console.WriteLine("| analyzer | first round of the process | seconds (median) | fastest round |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (DiagnosticAnalyzer analyzer in analyzers)
        {
            Console.WriteLine(FormattableString.Invariant($"| {analyzer.GetType().Name} | {cold[analyzer]:0.000} | {ScaleRun.Median(seconds[analyzer]):0.000} | {seconds[analyzer].Min():0.000} |"));
        }

        double coldRatio = AnalyzerSets.Ours.Sum(a => cold[a]) / AnalyzerSets.BannedApi.Sum(a => cold[a]);
        Console.WriteLine(FormattableString.Invariant($"| ours / BannedApiAnalyzers, first round | {coldRatio:0.00} | | |"));

        // Per round, so that a loaded moment slows both sides of the ratio.
        var ratios = Enumerable.Range(0, rounds)
            .Select(r => AnalyzerSets.Ours.Sum(a => seconds[a][r]) / AnalyzerSets.BannedApi.Sum(a => seconds[a][r]))
            .ToList();
        Console.WriteLine(FormattableString.Invariant($"| ours / BannedApiAnalyzers, per round | | {ScaleRun.Median(ratios):0.00} | {ratios.Min():0.00} to {ratios.Max():0.00} |"));
    }

    /// <summary>The integration project (hand-written files and the generated API) as the compiler sees it, checked to compile clean.</summary>
    private static (Compilation Compilation, AnalyzerOptions Options, Codebase Codebase) Project(string yaml, int files, int? entitiesPerDesk)
    {
        OwnershipModel model = ModelReader.Read(yaml).Model ?? throw new InvalidOperationException("The scaled model does not read.");
        Codebase codebase = SyntheticIntegrationCode.Write(model, files, entitiesPerDesk);
        var trees = codebase.Files.Select(f => CompilerInputs.Parse(f.Text, f.Path)).ToList();

        // One call the peer bans, so that it is seen to be loaded and reading its list.
        trees.Add(CompilerInputs.Parse("namespace Scaled.Landscape.Integrations { internal static class Log { public static void Line(string text) => System.Console.WriteLine(text); } }", "/project/Log.cs"));
        var additional = ImmutableArray.Create<AdditionalText>(
            new CompilerInputs.InMemoryText("/project/scaled.sor.yaml", yaml),
            new CompilerInputs.InMemoryText("/project/BannedSymbols.txt", AnalyzerSets.BannedSymbols));
        AnalyzerConfigOptionsProvider options = CompilerInputs.BuildProperties(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Scaled.Landscape.Integrations" });
        CSharpCompilation handWritten = CompilerInputs.Compilation("Scaled.Integrations", trees, concurrentBuild: false);
        CSharpGeneratorDriver.Create(new[] { new SorModelGenerator().AsSourceGenerator() }, additional, CompilerInputs.ParseOptions, options)
            .RunGeneratorsAndUpdateCompilation(handWritten, out Compilation compilation, out ImmutableArray<Diagnostic> generatorProblems);
        var problems = generatorProblems.Concat(compilation.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The scaled integration project must compile clean:\n" + string.Join("\n", problems.Take(20)));
        }

        return (compilation.Clone(), new AnalyzerOptions(additional, options), codebase);
    }

    // A measuring stick, never shipped nor loaded by a compiler: the rules for analyzer assemblies do not apply.
#pragma warning disable RS1041, RS1036, RS2008

    /// <summary>
    /// Registers for some operations and does nothing. With the kinds ours look at most (writes, calls, object creations)
    /// and no generated code, the driver's floor (<see cref="DriverOnly"/>); with exactly the kinds WriteAnalyzer
    /// registers, generated code included (<see cref="OurKinds"/>), what the compiler's timing of one callback costs,
    /// which ReportAnalyzer counts as the analyzer's own time.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class NoWork : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("NOOP001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        private readonly GeneratedCodeAnalysisFlags _generated;
        private readonly Microsoft.CodeAnalysis.OperationKind[] _kinds;

        public NoWork(GeneratedCodeAnalysisFlags generated, params Microsoft.CodeAnalysis.OperationKind[] kinds)
        {
            _generated = generated;
            _kinds = kinds;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(_generated);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(_ => { }, _kinds);
        }
    }

    private static NoWork OurKinds() => new(
        GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics,
        Microsoft.CodeAnalysis.OperationKind.SimpleAssignment,
        Microsoft.CodeAnalysis.OperationKind.CompoundAssignment,
        Microsoft.CodeAnalysis.OperationKind.CoalesceAssignment,
        Microsoft.CodeAnalysis.OperationKind.Increment,
        Microsoft.CodeAnalysis.OperationKind.Decrement,
        Microsoft.CodeAnalysis.OperationKind.DeconstructionAssignment,
        Microsoft.CodeAnalysis.OperationKind.Invocation,
        Microsoft.CodeAnalysis.OperationKind.ObjectCreation,
        Microsoft.CodeAnalysis.OperationKind.FunctionPointerInvocation,
        Microsoft.CodeAnalysis.OperationKind.DynamicInvocation,
        Microsoft.CodeAnalysis.OperationKind.DelegateCreation);
#pragma warning restore RS1041, RS1036, RS2008
}
