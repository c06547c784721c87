using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// <c>--quick</c>: the interleaved Stopwatch harness (<see cref="QuickRun"/>), under two minutes.
/// <c>--scale [compile] [read] [sweep]</c>: the scale cases on a 2,000-field model and a 0.1–2 MB size
/// sweep (<see cref="ScaleRun"/>), a few minutes.
/// <c>--short</c>: BenchmarkDotNet in process, 3 warm-up and 3 measured iterations per case.
/// Otherwise BenchmarkDotNet's full statistics, one child process per case; its own options
/// (<c>--filter</c>, <c>--list flat</c>, …) pass through.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--quick", StringComparer.Ordinal))
        {
            return QuickRun.Run();
        }

        if (args.Contains("--scale", StringComparer.Ordinal))
        {
            return ScaleRun.Run(args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList());
        }

        IConfig config = DefaultConfig.Instance;
        string[] rest = args.Where(a => a != "--short").ToArray();
        if (rest.Length != args.Length)
        {
            config = config.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("Short"));
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
