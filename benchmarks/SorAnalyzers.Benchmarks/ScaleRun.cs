using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Analyzers.Model;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Generator;
using SorAnalyzers.Model.Reading;
using YamlDotNet.Core;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// The scale cases (<c>--scale</c>, a few minutes; opt-in like every benchmark here), on
/// <see cref="ScaledModel"/>: the model-only compile (the generated API of a 2,000-field model compiled
/// against an empty project), the shared read (generator and analyzers on one model text, against
/// YamlDotNet's raw event parse of the same text), and the size sweep (0.1, 0.5, 1 and 2 MB: time per KB).
/// Every case is timed with a Stopwatch and interleaved round by round, as in <see cref="QuickRun"/>.
/// </summary>
internal static class ScaleRun
{
    public const int IssueEntities = 100;

    private const int SweepRounds = 5;

    private static readonly AnalyzerConfigOptionsProvider Options =
        CompilerInputs.BuildProperties(new Dictionary<string, string> { ["build_property.RootNamespace"] = "App" });

    // SorViews=all: every view of the model, as a library that publishes them asks (and as every project got before views on use).
    private static readonly AnalyzerConfigOptionsProvider AllViews =
        CompilerInputs.BuildProperties(new Dictionary<string, string> { ["build_property.RootNamespace"] = "App", ["build_property.SorViews"] = "all" });

    private static int _variant;

    /// <summary>
    /// The codebase of the analyzer cases: the issue's (300 files, about 12,000 field reads and writes), or with
    /// <c>dense</c> one where each desk writes every field its system owns (243,600 reads and writes, 12.9 MB).
    /// </summary>
    private static int? EntitiesPerDesk(IReadOnlyCollection<string> parts)
        => parts.Contains("dense") ? null : SyntheticIntegrationCode.IssueEntitiesPerDesk;

    public static int Run(IReadOnlyCollection<string> parts)
    {
        bool all = parts.Count == 0;
        Console.WriteLine($"Scale run on {Environment.ProcessorCount} cores, .NET {Environment.Version}. Timing is noisy; read the ratios.");
        if (all || parts.Contains("compile"))
        {
            ModelOnlyCompile();
        }

        if (all || parts.Contains("build"))
        {
            RealBuild.Run(ScaledModel.Yaml(IssueEntities), rounds: 3);
        }

        if (all || parts.Contains("analyzers"))
        {
            ScaledAnalyzerOverhead.Run(ScaledModel.Yaml(IssueEntities), files: 300, EntitiesPerDesk(parts), rounds: 3);
        }

        if (all || parts.Contains("analyzers-build"))
        {
            RealBuildAnalyzers.Run(ScaledModel.Yaml(IssueEntities), files: 300, EntitiesPerDesk(parts), rounds: parts.Contains("once") ? 1 : 3, compilerServer: parts.Contains("server"), keep: parts.Contains("keep"), warmUps: parts.Contains("warm") ? 4 : 1);
        }

        if (parts.Contains("analyzers-profile"))
        {
            ScaledAnalyzerOverhead.Profile(ScaledModel.Yaml(IssueEntities), files: 300, EntitiesPerDesk(parts), rounds: parts.Contains("once") ? 1 : parts.Contains("long") ? 9 : 3);
        }

        if (parts.Contains("anatomy"))
        {
            Anatomy();
        }

        if (all || parts.Contains("read"))
        {
            SharedRead();
        }

        if (all || parts.Contains("sweep"))
        {
            SizeSweep();
        }

        return 0;
    }

    /// <summary>
    /// The generated API alone compiled (declarations, bodies, IL) against an empty project, single-threaded: what a
    /// project that holds the model and no code compiles by default (the core: no view is named), and with
    /// SorViews=all (every view, as a library that publishes them, and as every project did before views on use).
    /// </summary>
    private static void ModelOnlyCompile()
    {
        string yaml = ScaledModel.Yaml(IssueEntities);
        Console.WriteLine();
        Console.WriteLine(Invariant($"## Model-only compile: {IssueEntities * ScaledModel.FieldsPerEntity:N0} fields, {ScaledModel.Systems.Length} systems, {IssueEntities * ScaledModel.FlowsPerEntity} flows ({yaml.Length / 1024.0:0} KB of YAML)"));
        SyntaxTree[] core = Describe("by default (views on use; no code, so no view)", yaml, Generate(yaml, track: false));
        SyntaxTree[] all = Describe("with SorViews=all", yaml, Generate(yaml, track: false, allViews: true));

        SyntaxTree empty = CompilerInputs.Parse("namespace App { internal static class Empty { } }", "/project/Empty.cs");
        SyntaxTree[] descriptors = all.Where(t => Kind(Path.GetFileName(t.FilePath)) != "views").ToArray();

        // The same API with nullable annotations but no nullable flow analysis of its bodies: what that analysis costs.
        SyntaxTree[] annotationsOnly = all
            .Select(t => t.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(t.ToString().Replace("#nullable enable\n", "#nullable enable annotations\n", StringComparison.Ordinal))))
            .ToArray();
        Measure("model-only compile (Emit, one thread)", rounds: 5, new (string, Func<object>)[]
        {
            ("empty project", () => Compile(new[] { empty })),
            ("the model-only project, by default (descriptors, ids, enums, catalog)", () => Compile(core.Append(empty))),
            ("descriptors, ids, enums, catalog of SorViews=all (the same files)", () => Compile(descriptors.Append(empty))),
            ("the model-only project with SorViews=all (every view)", () => Compile(all.Append(empty))),
            ("the same, #nullable enable annotations (no nullable analysis)", () => Compile(annotationsOnly.Append(empty))),
        });
    }

    private static SyntaxTree[] Describe(string title, string yaml, GeneratorDriverRunResult run)
    {
        var generated = run.GeneratedTrees.Select(t => (Name: Path.GetFileName(t.FilePath), Tree: t)).ToList();
        long chars = generated.Sum(g => (long)g.Tree.Length);
        int lines = generated.Sum(g => g.Tree.GetText().Lines.Count);
        Console.WriteLine(Invariant($"Generated {title}: {generated.Count} files, {lines:N0} lines, {chars / 1024.0 / 1024.0:0.0} MB ({(double)chars / yaml.Length:0.0}× the model)."));
        foreach (var kind in generated.GroupBy(g => Kind(g.Name)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var nodes = kind.SelectMany(g => g.Tree.GetRoot().DescendantNodes()).ToList();
            int types = nodes.Count(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax);
            int bodies = nodes.Count(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax);
            int fields = nodes.Count(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax);
            Console.WriteLine(Invariant($"  {kind.Key}: {kind.Count()} files, {kind.Sum(g => (long)g.Tree.Length) / 1024.0:0} KB; {types:N0} types, {fields:N0} fields, {bodies:N0} methods and accessors"));
        }

        return generated.Select(g => g.Tree).ToArray();
    }

    /// <summary>Which parts of the generated API cost the compile (not in the default run).</summary>
    private static void Anatomy()
    {
        var generated = Generate(ScaledModel.Yaml(IssueEntities), track: false, allViews: true).GeneratedTrees.Select(t => (Name: Path.GetFileName(t.FilePath), Tree: t)).ToList();
        SyntaxTree[] Pick(Func<string, bool> file) => generated.Where(g => file(g.Name)).Select(g => g.Tree).ToArray();
        SyntaxTree[] Without(Func<string, bool> line) => generated
            .Select(g => g.Tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(string.Join("\n", g.Tree.ToString().Split('\n').Where(l => !line(l.Trim()))))))
            .ToArray();
        Measure("anatomy of the model-only compile", rounds: 3, new (string, Func<object>)[]
        {
            ("descriptors, ids, catalog", () => Compile(Pick(n => !n.Contains("Views", StringComparison.Ordinal)))),
            ("+ system views", () => Compile(Pick(n => !n.Contains("FlowViews", StringComparison.Ordinal)))),
            ("+ flow views (all)", () => Compile(Pick(_ => true))),
            ("all without doc comments", () => Compile(Without(l => l.StartsWith("///", StringComparison.Ordinal)))),
            ("all without [SorModelField] and [GeneratedCode]", () => Compile(Without(l => l.StartsWith("[global::SorAnalyzers.SorModelField", StringComparison.Ordinal) || l.StartsWith("[global::System.CodeDom", StringComparison.Ordinal)))),
        });
    }

    private static string Kind(string hintName) => hintName.Contains("Views", StringComparison.Ordinal) || hintName.Split('.').Length > 4 ? "views" : "descriptors and ids";

    private static object Compile(IEnumerable<SyntaxTree> trees)
    {
        // Fresh trees are not needed (parsing is not what is measured); a fresh compilation binds all again.
        CSharpCompilation compilation = CompilerInputs.Compilation("App", trees, concurrentBuild: false);
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        if (!result.Success || result.Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            throw new InvalidOperationException("The generated API must compile clean:\n" + string.Join("\n", result.Diagnostics.Take(10)));
        }

        return pe.Length;
    }

    /// <summary>
    /// One model text, as a build sees it: the generator reads it (and plans and emits), the analyzers
    /// read it. Every call gets a text of new content (a counter in a trailing comment), so no cache
    /// answers across calls; within a call, generator and analyzers see the same text.
    /// </summary>
    private static void SharedRead()
    {
        string yaml = ScaledModel.Yaml(IssueEntities);
        SyntaxTree code = CompilerInputs.Parse("namespace App { internal static class Job { } }", "/project/Job.cs");
        CSharpCompilation small = CompilerInputs.Compilation("App", new[] { code });
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ModelDiagnosticsAnalyzer(), new WriteAnalyzer(), new ContextAttributeAnalyzer());

        Console.WriteLine();
        Console.WriteLine(Invariant($"## Shared read: {yaml.Length / 1024.0:0} KB model, generator and analyzers on one text"));
        int readsBefore = ModelReadCount();
        const int builds = 3;
        for (int i = 0; i < builds; i++)
        {
            Build(Fresh(yaml), small, analyzers);
        }

        Console.WriteLine(Invariant($"Model reads in {builds} builds, each of a new text: {ModelReadCount() - readsBefore} ({(ModelReadCount() - readsBefore) / (double)builds:0.#} per build)."));
        Measure("model text processing", rounds: 7, new (string, Func<object>)[]
        {
            ("YamlDotNet raw event parse", () => RawParse(Fresh(yaml))),
            ("ModelReader.Read (parse, validate, resolve)", () => ModelReader.Read(Fresh(yaml))),
            ("generator: read, validate, plan, emit (by default: no code names a view)", () => Generate(Fresh(yaml), track: false)),
            ("generator with SorViews=all (every view)", () => Generate(Fresh(yaml), track: false, allViews: true)),
            ("analyzers alone (model read, a one-file project)", () => Analyze(Fresh(yaml), small, analyzers)),
            ("one build: generator + analyzers on one text", () => Build(Fresh(yaml), small, analyzers)),
        });
    }

    private static object Build(string yaml, CSharpCompilation small, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        GeneratorDriverRunResult generated = Generate(yaml, track: false);
        return (generated.GeneratedTrees.Length, Analyze(yaml, small, analyzers));
    }

    private static int Analyze(string yaml, CSharpCompilation small, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var files = ImmutableArray.Create<AdditionalText>(new CompilerInputs.InMemoryText("/project/scaled.sor.yaml", yaml));
        var options = new AnalyzerOptions(files, Options);
        ImmutableArray<Diagnostic> found = small.Clone().WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (found.Any(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "SOR0032"))
        {
            throw new InvalidOperationException("The scaled model must be clean:\n" + string.Join("\n", found.Take(10)));
        }

        return found.Length;
    }

    private static int ModelReadCount() => ModelReadCache.Reads;

    /// <summary>The size sweep: the same shape at 0.1, 0.5, 1 and 2 MB; the generator's steps timed by the driver.</summary>
    private static void SizeSweep()
    {
        int[] targets = { 100_000, 500_000, 1_000_000, 2_000_000 };
        var models = targets.Select(t => ScaledModel.Yaml(ScaledModel.EntitiesFor(t))).ToList();
        Console.WriteLine();
        Console.WriteLine(Invariant($"## Size sweep ({SweepRounds} rounds, interleaved; medians; µs per KB of YAML)"));
        Console.WriteLine();
        foreach (string model in models)
        {
            Generate(Fresh(model), track: true); // JIT, and first-use costs at every size
            RawParse(Fresh(model));
        }

        var raw = models.Select(_ => new List<double>()).ToArray();
        var read = models.Select(_ => new List<double>()).ToArray();
        var plan = models.Select(_ => new List<double>()).ToArray();
        var emit = models.Select(_ => new List<double>()).ToArray();
        var total = models.Select(_ => new List<double>()).ToArray();
        var files = new int[models.Count];
        var output = new long[models.Count];
        for (int round = 0; round < SweepRounds; round++)
        {
            for (int i = 0; i < models.Count; i++)
            {
                int m = (round + i) % models.Count;
                Console.Error.WriteLine(Invariant($"  sweep round {round + 1}, {models[m].Length / 1024} KB…"));
                // Each run starts from a collected heap, so no run pays for the garbage of the one before.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                string text = Fresh(models[m]);
                long start = Stopwatch.GetTimestamp();
                RawParse(text);
                raw[m].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);

                text = Fresh(models[m]);
                GC.Collect();
                GC.WaitForPendingFinalizers();
                start = Stopwatch.GetTimestamp();
                GeneratorDriverRunResult run = Generate(text, track: true);
                total[m].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                read[m].Add(Step(run, "Read"));
                plan[m].Add(Step(run, "Plan"));
                emit[m].Add(Step(run, "Emitted"));
                files[m] = run.GeneratedTrees.Length;
                output[m] = run.GeneratedTrees.Sum(t => (long)t.Length);
            }
        }

        Console.WriteLine("| model | fields | flows | raw parse | read | plan | emit | generator in all | per KB: raw | read | plan | emit | generator | generator / raw | output |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int m = 0; m < models.Count; m++)
        {
            double kb = models[m].Length / 1024.0;
            int entities = ScaledModel.EntitiesFor(targets[m]);
            Console.WriteLine(Invariant(
                $"| {kb:0} KB | {entities * ScaledModel.FieldsPerEntity:N0} | {entities * ScaledModel.FlowsPerEntity:N0} | {Time(Median(raw[m]))} | {Time(Median(read[m]))} | {Time(Median(plan[m]))} | {Time(Median(emit[m]))} | {Time(Median(total[m]))} | {Median(raw[m]) * 1000 / kb:0} | {Median(read[m]) * 1000 / kb:0} | {Median(plan[m]) * 1000 / kb:0} | {Median(emit[m]) * 1000 / kb:0} | {Median(total[m]) * 1000 / kb:0} | {Median(total[m]) / Median(raw[m]):0.0} | {files[m]:N0} files, {output[m] / 1024.0 / 1024.0:0.0} MB |"));
        }

        double PerKb(List<double>[] t, int m) => Median(t[m]) / models[m].Length;
        int last = models.Count - 1;
        Console.WriteLine();
        Console.WriteLine(Invariant(
            $"Time per KB, largest / smallest (linear is ≤ 1.5): read {PerKb(read, last) / PerKb(read, 0):0.00}, plan {PerKb(plan, last) / PerKb(plan, 0):0.00}, emit {PerKb(emit, last) / PerKb(emit, 0):0.00}, generator in all {PerKb(total, last) / PerKb(total, 0):0.00}; raw parse {PerKb(raw, last) / PerKb(raw, 0):0.00}."));
    }

    private static double Step(GeneratorDriverRunResult run, string name)
        => run.Results.Single().TrackedSteps.TryGetValue(name, out var steps) ? steps.Sum(s => s.ElapsedTime.TotalMilliseconds) : double.NaN;

    /// <summary>The same model with a new trailing comment: equal in meaning, new as a text.</summary>
    private static string Fresh(string yaml) => yaml + "# variant " + Interlocked.Increment(ref _variant).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n";

    private static int RawParse(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        int events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    /// <param name="allViews">SorViews=all; else the default, the views the (here absent) code names: none.</param>
    private static GeneratorDriverRunResult Generate(string yaml, bool track, bool allViews = false)
    {
        var files = ImmutableArray.Create<AdditionalText>(new CompilerInputs.InMemoryText("/project/scaled.sor.yaml", yaml));
        CSharpCompilation compilation = CompilerInputs.Compilation("App", Array.Empty<SyntaxTree>());
        GeneratorDriverRunResult run = CSharpGeneratorDriver.Create(
                new[] { new SorModelGenerator().AsSourceGenerator() },
                files,
                CompilerInputs.ParseOptions,
                allViews ? AllViews : Options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track))
            .RunGenerators(compilation).GetRunResult();
        if (run.Diagnostics.Length > 0 || run.Results.Single().Exception is { } e)
        {
            throw new InvalidOperationException("The generator must run clean on the scaled model: " + string.Join("; ", run.Diagnostics.Take(5)) + run.Results.Single().Exception);
        }

        return run;
    }

    private static void Measure(string title, int rounds, IReadOnlyList<(string Name, Func<object> Run)> cases)
        => Print($"{title} ({rounds} interleaved rounds)", cases, Interleave(cases, rounds));

    /// <summary>One warm-up call per case, then the cases round by round in a rotating order; times in ms per case and round.</summary>
    internal static List<double>[] Interleave(IReadOnlyList<(string Name, Func<object> Run)> cases, int rounds)
    {
        foreach (var c in cases)
        {
            GC.KeepAlive(c.Run()); // JIT and first-use costs
        }

        var times = cases.Select(_ => new List<double>()).ToArray();
        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < cases.Count; i++)
            {
                int c = (round + i) % cases.Count;
                long start = Stopwatch.GetTimestamp();
                GC.KeepAlive(cases[c].Run());
                times[c].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        return times;
    }

    internal static void Print(string title, IReadOnlyList<(string Name, Func<object> Run)> cases, List<double>[] times)
    {
        int rounds = times[0].Count;
        Console.WriteLine();
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine("| case | median time | ratio to the first (median) | range |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (int c = 0; c < cases.Count; c++)
        {
            var ratios = Enumerable.Range(0, rounds).Select(r => times[c][r] / times[0][r]).ToList();
            Console.WriteLine(Invariant($"| {cases[c].Name} | {Time(Median(times[c]))} | {Median(ratios):0.00} | {ratios.Min():0.00}–{ratios.Max():0.00} |"));
        }
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Time(double ms) => ms >= 1000 ? Invariant($"{ms / 1000:0.00} s") : ms >= 1 ? Invariant($"{ms:0.0} ms") : Invariant($"{ms * 1000:0} µs");

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
