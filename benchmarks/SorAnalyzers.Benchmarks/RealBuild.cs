using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// The model-only compile as a user's build pays it: three fresh projects built with <c>dotnet build</c>
/// (the compiler server, the SDK's defaults, nullable enabled), one empty and two holding only the scaled
/// model with the generator as an analyzer (by default, and with <c>SorViews=all</c>), rebuilt in turn; the figure is the <c>Csc</c> task's time
/// from MSBuild's performance summary, as the issue measured it.
/// </summary>
internal static class RealBuild
{
    private static readonly Regex CscLine = new(@"^\s*(\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static void Run(string yaml, int rounds)
    {
        string bin = AppContext.BaseDirectory;
        string root = Path.Combine(Path.GetTempPath(), "sor-scale-build-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(root);
        try
        {
            string empty = Project(root, "Empty", bin, model: null);
            string modelOnly = Project(root, "ModelOnly", bin, yaml);
            string allViews = Project(root, "ModelOnlyAllViews", bin, yaml, allViews: true);
            var projects = new[] { ("empty project", empty), ("the model-only project (by default: views on use, none)", modelOnly), ("the model-only project with SorViews=all", allViews) };
            foreach (var (_, project) in projects)
            {
                Dotnet(root, "restore " + Quote(project));
            }

            var times = projects.Select(_ => new List<double>()).ToArray();
            for (int round = -1; round < rounds; round++)
            {
                for (int i = 0; i < projects.Length; i++)
                {
                    int p = (Math.Max(round, 0) + i) % projects.Length;
                    string output = Dotnet(root, $"build {Quote(projects[p].Item2)} -c Release --no-restore --no-incremental -nodeReuse:false -clp:PerformanceSummary");
                    Match csc = CscLine.Match(output);
                    if (!csc.Success)
                    {
                        throw new InvalidOperationException("No Csc time in the build's summary:\n" + output);
                    }

                    if (round >= 0)
                    {
                        times[p].Add(double.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture));
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine($"### dotnet build, Csc task time ({rounds} interleaved rounds after one warm-up)");
            Console.WriteLine();
            Console.WriteLine("| project | median Csc | ratio to the empty project (median) | range |");
            Console.WriteLine("|---|---:|---:|---:|");
            for (int p = 0; p < projects.Length; p++)
            {
                var ratios = Enumerable.Range(0, rounds).Select(r => times[p][r] / times[0][r]).ToList();
                Console.WriteLine(FormattableString.Invariant(
                    $"| {projects[p].Item1} | {Median(times[p]) / 1000:0.00} s | {Median(ratios):0.00} | {ratios.Min():0.00}–{ratios.Max():0.00} |"));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Project(string root, string name, string bin, string? model, bool allViews = false)
    {
        string folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Placeholder.cs"), "namespace App { internal static class Placeholder { } }\n");
        string items = string.Empty;
        if (model is not null)
        {
            File.WriteAllText(Path.Combine(folder, "scaled.sor.yaml"), model);
            items = $"""
                  <ItemGroup>
                    <Reference Include="{Path.Combine(bin, "SorAnalyzers.Runtime.dll")}" />
                    <Reference Include="{Path.Combine(bin, "Microsoft.Extensions.Logging.Abstractions.dll")}" />
                    <Analyzer Include="{Path.Combine(bin, "SorAnalyzers.Generator.dll")};{Path.Combine(bin, "SorAnalyzers.Model.dll")};{Path.Combine(bin, "YamlDotNet.dll")}" />
                    <AdditionalFiles Include="scaled.sor.yaml" />
                    <CompilerVisibleProperty Include="SorViews" />
                  </ItemGroup>
                  <PropertyGroup>
                    <SorViews>{(allViews ? "all" : "used")}</SorViews>
                  </PropertyGroup>
                """;
        }

        string project = Path.Combine(folder, name + ".csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>App</RootNamespace>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
            {items}
            </Project>
            """);
        return project;
    }

    private static string Dotnet(string folder, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} failed ({process.ExitCode}):\n{output}\n{error.Result}");
        }

        return output;
    }

    private static string Quote(string path) => "\"" + path + "\"";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
