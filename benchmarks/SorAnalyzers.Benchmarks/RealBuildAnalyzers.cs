using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// The analyzers' share of a real build, as the issue measured it: one fresh SDK project holding the scaled
/// model and 300 synthetic integration files, with our generator and analyzers and, beside them,
/// Microsoft.CodeAnalysis.BannedApiAnalyzers with a banned list; rebuilt with <c>-p:ReportAnalyzer=true</c>, which
/// makes the compiler time each analyzer assembly. The figures: our analyzers' time against the <c>Csc</c> task's
/// and against the peer's, medians of the rounds. The compiler runs analyzers concurrently, so their times are
/// CPU time spent, not a share of the wall time: the issue's bar is on that time all the same.
/// </summary>
internal static class RealBuildAnalyzers
{
    private static readonly Regex CscLine = new(@"^\s*(\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // "   0.123   4   SorAnalyzers.Analyzers, Version=…": an assembly's total in ReportAnalyzer's tables ("<0.001" when tiny).
    private static readonly Regex AssemblyLine = new(@"^\s*(<?[\d.]+)\s+(?:<?\d+)\s+([\w.]+), Version=", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // "      0.100   2      SorAnalyzers.Analyzers.Writes.WriteAnalyzer (SOR0101, …)": one analyzer's row.
    private static readonly Regex OurAnalyzerLine = new(@"^\s*<?[\d.]+\s+<?\d+\s+SorAnalyzers\.(Analyzers|Generator)\.[\w.]+.*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static void Run(string yaml, int files, int? entitiesPerDesk, int rounds, bool compilerServer, bool keep = false, int warmUps = 1)
    {
        string bin = AppContext.BaseDirectory;
        string root = Path.Combine(Path.GetTempPath(), "sor-scale-analyzers-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(root);
        try
        {
            (string project, Codebase codebase) = Project(root, bin, yaml, files, entitiesPerDesk);
            RealBuild.Dotnet(root, "restore " + Quote(project));
            var csc = new List<double>();
            var ours = new List<double>();
            var peer = new List<double>();
            var generator = new List<double>();
            for (int round = -warmUps; round < rounds; round++)
            {
                // The compiler server (VBCSCompiler, what `dotnet build` uses unless told not to) keeps the compiler and the
                // analyzers loaded and compiled from one build to the next; without it each build starts a new csc, which
                // compiles every analyzer's code again (and this machine's environment sets UseSharedCompilation=false).
                string output = RealBuild.Dotnet(root, $"build {Quote(project)} -c Release --no-restore --no-incremental -nodeReuse:false -v:d -clp:PerformanceSummary -p:ReportAnalyzer=true -p:UseSharedCompilation={(compilerServer ? "true" : "false")}");
                Match total = CscLine.Match(output);
                var assemblies = AssemblyLine.Matches(output).Select(m => (Name: m.Groups[2].Value, Seconds: Seconds(m.Groups[1].Value))).ToList();
                if (!total.Success || !assemblies.Any(a => a.Name == "SorAnalyzers.Analyzers") || !assemblies.Any(a => a.Name.Contains("BannedApiAnalyzers", StringComparison.Ordinal)))
                {
                    throw new InvalidOperationException("No Csc time or no analyzer timing in the build's output:\n" + output[^Math.Min(output.Length, 4000)..]);
                }

                if (!output.Contains("warning RS0030", StringComparison.Ordinal) || output.Contains("error SOR", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("The peer must report its banned call (RS0030) and ours no error on the scaled code:\n" + output[^Math.Min(output.Length, 4000)..]);
                }

                if (round == rounds - 1)
                {
                    // Each of our analyzers' own time, from the last build's table: where the time goes.
                    Console.WriteLine();
                    Console.WriteLine("Our analyzers in the last build (ReportAnalyzer's rows):");
                    foreach (Match row in OurAnalyzerLine.Matches(output))
                    {
                        Console.WriteLine("    " + row.Value.Trim());
                    }
                }

                if (round >= 0)
                {
                    csc.Add(double.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture) / 1000);
                    ours.Add(assemblies.Where(a => a.Name == "SorAnalyzers.Analyzers").Sum(a => a.Seconds));
                    peer.Add(assemblies.Where(a => a.Name.Contains("BannedApiAnalyzers", StringComparison.Ordinal)).Sum(a => a.Seconds));
                    generator.Add(assemblies.Where(a => a.Name == "SorAnalyzers.Generator").Sum(a => a.Seconds));
                }
            }

            Console.WriteLine();
            Console.WriteLine(FormattableString.Invariant($"### dotnet build -p:ReportAnalyzer=true, {(compilerServer ? "through the compiler server" : "a new compiler process per build")}: {codebase.Describe()}, on the scaled model ({rounds} rounds after {warmUps} warm-up build{(warmUps == 1 ? "" : "s")})"));
            Console.WriteLine();
            Console.WriteLine("| round | Csc | our analyzers | BannedApiAnalyzers | our generator | ours / Csc | ours / peer |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
            for (int r = 0; r < rounds; r++)
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"| {r + 1} | {csc[r]:0.00} s | {ours[r]:0.000} s | {peer[r]:0.000} s | {generator[r]:0.000} s | {ours[r] / csc[r]:0.0%} | {ours[r] / peer[r]:0.00} |"));
            }

            Console.WriteLine(FormattableString.Invariant(
                $"| median | {Median(csc):0.00} s | {Median(ours):0.000} s | {Median(peer):0.000} s | {Median(generator):0.000} s | {Median(Enumerable.Range(0, rounds).Select(r => ours[r] / csc[r])):0.0%} | {Median(Enumerable.Range(0, rounds).Select(r => ours[r] / peer[r])):0.00} |"));
        }
        finally
        {
            if (compilerServer)
            {
                RealBuild.Dotnet(root, "build-server shutdown --vbcscompiler");
            }

            if (keep)
            {
                Console.WriteLine($"The project is kept, for a profile of its build: {root}");
            }
            else
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static (string Project, Codebase Codebase) Project(string root, string bin, string yaml, int files, int? entitiesPerDesk)
    {
        string folder = Path.Combine(root, "Integrations");
        Directory.CreateDirectory(folder);
        OwnershipModel model = ModelReader.Read(yaml).Model ?? throw new InvalidOperationException("The scaled model does not read.");
        Codebase codebase = SyntheticIntegrationCode.Write(model, files, entitiesPerDesk);
        foreach ((string path, string text) in codebase.Files)
        {
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(path)), text);
        }

        File.WriteAllText(Path.Combine(folder, "Log.cs"), "namespace Scaled.Landscape.Integrations { internal static class Log { public static void Line(string text) => System.Console.WriteLine(text); } }\n");
        File.WriteAllText(Path.Combine(folder, "scaled.sor.yaml"), yaml);
        File.WriteAllText(Path.Combine(folder, "BannedSymbols.txt"), AnalyzerSets.BannedSymbols);
        string ourAnalyzers = string.Join(";", new[] { "SorAnalyzers.Generator.dll", "SorAnalyzers.Analyzers.dll", "SorAnalyzers.Model.dll", "YamlDotNet.dll" }.Select(d => Path.Combine(bin, d)));
        string peerAnalyzers = string.Join(";", Directory.EnumerateFiles(RepoPaths.BannedApiAnalyzers, "*.dll").OrderBy(p => p, StringComparer.Ordinal));
        string project = Path.Combine(folder, "Integrations.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Scaled.Landscape.Integrations</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{Path.Combine(bin, "SorAnalyzers.Runtime.dll")}" />
                <Reference Include="{Path.Combine(bin, "Microsoft.Extensions.Logging.Abstractions.dll")}" />
                <Analyzer Include="{ourAnalyzers};{peerAnalyzers}" />
                <AdditionalFiles Include="scaled.sor.yaml;BannedSymbols.txt" />
              </ItemGroup>
            </Project>
            """);
        return (project, codebase);
    }

    private static double Seconds(string value) => value.StartsWith('<') ? 0 : double.Parse(value, CultureInfo.InvariantCulture);

    private static string Quote(string path) => "\"" + path + "\"";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
