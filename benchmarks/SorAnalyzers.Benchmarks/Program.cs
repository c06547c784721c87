using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --quick</c>: every benchmark, in process, 3 warm-up and 3 measured
/// iterations (about two minutes; ratios only roughly right).
/// <c>dotnet run -c Release -- --filter *</c>: BenchmarkDotNet's full statistics, one child process per
/// benchmark. Other BenchmarkDotNet options (--filter, --list flat, …) pass through in both modes.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        bool quick = args.Contains("--quick", StringComparer.Ordinal);
        string[] rest = args.Where(a => a != "--quick").ToArray();
        IConfig config = DefaultConfig.Instance;
        if (quick)
        {
            config = config.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"));
            if (!rest.Contains("--filter", StringComparer.Ordinal))
            {
                rest = rest.Concat(new[] { "--filter", "*" }).ToArray();
            }
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
