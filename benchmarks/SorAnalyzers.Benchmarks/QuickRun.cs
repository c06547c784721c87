using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// The fast mode (<c>--quick</c>, under two minutes): the same benchmark methods, timed with a
/// Stopwatch and interleaved round by round (A B C, B C A, C A B, …), so that the load other people put
/// on a shared machine, and the JIT warming up, fall on every case alike. Each round gives one ratio
/// to the baseline (the first case); the median of those is printed with its spread.
/// </summary>
internal static class QuickRun
{
    public static int Run()
    {
        var model = new ModelReadingBenchmarks();
        var generator = new GeneratorBenchmarks();
        var analyzers = new AnalyzerOverheadBenchmarks { SyntheticFiles = 200 };
        var flows = new FlowApplicationBenchmarks();
        Console.WriteLine($"Quick run on {Environment.ProcessorCount} cores, .NET {Environment.Version}. Timing is noisy; read the ratios.");

        Measure("Model reading (ModelReader.Read)", rounds: 21, sampleMs: 100, model.Setup, new (string, Func<object>)[]
        {
            ("revops.sor.yaml (17 fields)", model.ReferenceModel),
            ("synthetic (500 fields, 8 systems, 20 flows)", model.LargeModel),
        });
        Measure("Generator on revops.sor.yaml", rounds: 21, sampleMs: 100, generator.Setup, new (string, Func<object>)[]
        {
            ("cold: new driver", generator.Cold),
            ("warm: unrelated C# edit", generator.WarmAfterCSharpEdit),
            ("warm: one field's description edited", generator.WarmAfterModelEdit),
        });
        Measure("Flow application: crm-to-bi's 6 Account fields, twice per call", rounds: 21, sampleMs: 100, flows.Setup, new (string, Func<object>)[]
        {
            ("hand-written copy (record Get/Set, no rules)", flows.HandCopy),
            ("hand-written copy through the flow view's setters", flows.ViewSetters),
            ("ApplyFrom (generated), no change set", flows.ApplyFrom),
            ("ApplyFrom (generated), change set: loop guard + audit", flows.ApplyFromAudited),
        });
        Measure("Analyzer overhead: sample + 200 synthetic files + generated code", rounds: 6, sampleMs: 0, analyzers.Setup, new (string, Func<object>)[]
        {
            ("no analyzers (GetDiagnostics)", () => analyzers.NoAnalyzers()),
            ("SorAnalyzers (3 analyzers)", () => analyzers.SorAnalyzers()),
            ("BannedApiAnalyzers 5.6.0 (peer)", () => analyzers.BannedApiAnalyzers()),
        });
        return 0;
    }

    private static void Measure(string title, int rounds, int sampleMs, Action setup, IReadOnlyList<(string Name, Func<object> Run)> cases)
    {
        setup();

        // Warm-up (at least two calls and half a second, so the JIT has optimised the hot code), then
        // how many calls make one sample of about sampleMs (one call for slow cases).
        var repeats = new int[cases.Count];
        for (int c = 0; c < cases.Count; c++)
        {
            long warmStart = Stopwatch.GetTimestamp();
            for (int n = 0; n < 2 || Stopwatch.GetElapsedTime(warmStart).TotalMilliseconds < 500; n++)
            {
                cases[c].Run();
            }

            long start = Stopwatch.GetTimestamp();
            cases[c].Run();
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            repeats[c] = Math.Max(1, (int)(sampleMs / Math.Max(ms, 0.001)));
        }

        var times = cases.Select(_ => new List<double>()).ToArray();
        var bytes = cases.Select(_ => new List<double>()).ToArray();
        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < cases.Count; i++)
            {
                int c = (round + i) % cases.Count;
                long allocated = GC.GetTotalAllocatedBytes(precise: true);
                long start = Stopwatch.GetTimestamp();
                for (int r = 0; r < repeats[c]; r++)
                {
                    GC.KeepAlive(cases[c].Run());
                }

                times[c].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds / repeats[c]);
                bytes[c].Add((GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)repeats[c]);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"## {title} ({rounds} interleaved rounds)");
        Console.WriteLine();
        Console.WriteLine("| case | median time | ratio (median) | ratio range | allocated | alloc ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (int c = 0; c < cases.Count; c++)
        {
            var ratios = Enumerable.Range(0, rounds).Select(r => times[c][r] / times[0][r]).ToList();
            Console.WriteLine(Invariant(
                $"| {cases[c].Name} | {Time(Median(times[c]))} | {Median(ratios):0.###} | {ratios.Min():0.###}–{ratios.Max():0.###} | {Size(Median(bytes[c]))} | {Median(bytes[c]) / Median(bytes[0]):0.###} |"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Time(double ms) => ms >= 1000 ? Invariant($"{ms / 1000:0.00} s") : ms >= 1 ? Invariant($"{ms:0.00} ms") : Invariant($"{ms * 1000:0.0} µs");

    private static string Size(double b) => b >= 1 << 20 ? Invariant($"{b / (1 << 20):0.0} MB") : Invariant($"{b / 1024:0.0} KB");

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
