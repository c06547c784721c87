using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// What type bindings cost: the same 2,000 writes through bound types (member setters, initializers, bag keys),
/// spread over 10 or over 1,000 bound types. Each group compares the analyzers with no analyzers on the same
/// compilation; the analyzers' share must not grow with the number of bound types (a binding is found by a
/// per-type lookup cached for the compilation, not by scanning the bindings).
/// </summary>
[MemoryDiagnoser]
[MaxIterationCount(20)]
public class BindingOverheadBenchmarks
{
    private const int Writes = 2_000;

    private const string Model = """
        sor: 1
        namespace: Bench.Bindings
        systems:
          billing: {}
          warehouse: {}
        entities:
          Account:
            fields:
              Arr:  { type: decimal, owner: billing,   names: { billing: metadata.arr, warehouse: arr } }
              Tier: { type: string,  owner: warehouse, names: { billing: metadata.tier } }
        flows:
          - { id: billing-to-warehouse, from: billing, to: warehouse, fields: [Account.Arr] }
          - { id: warehouse-to-billing, from: warehouse, to: billing, fields: [Account.Tier] }
        """;

    private Compilation _compilation = null!;
    private AnalyzerOptions _options = null!;

    [Params(10, 1_000)]
    public int BoundTypes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CompilerInputs.Compilation("Bindings", Sources(BoundTypes, violation: false), concurrentBuild: false);
        _options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new CompilerInputs.InMemoryText("/project/bench.sor.yaml", Model)));
        Check();
    }

    [Benchmark(Baseline = true, Description = "no analyzers (GetDiagnostics)")]
    public int NoAnalyzers() => _compilation.Clone().GetDiagnostics().Length;

    [Benchmark(Description = "SorAnalyzers, writes through bound types")]
    public int SorAnalyzers() => Analyze(_compilation.Clone()).Length;

    private ImmutableArray<Diagnostic> Analyze(Compilation compilation)
        => compilation
            .WithAnalyzers(AnalyzerSets.Ours, new CompilationWithAnalyzersOptions(_options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>The project compiles clean and the analyzers are silent on it, and live: one wrong write in a copy is SOR0101.</summary>
    private void Check()
    {
        var found = Analyze(_compilation.Clone()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (found.Count > 0)
        {
            throw new InvalidOperationException("The binding benchmark must build clean:\n" + string.Join("\n", found.Take(20)));
        }

        Compilation wrong = CompilerInputs.Compilation("Bindings", Sources(BoundTypes, violation: true), concurrentBuild: false);
        if (!Analyze(wrong).Any(d => d.Id == "SOR0101"))
        {
            throw new InvalidOperationException("The analyzers missed a wrong-direction write through a bound type.");
        }
    }

    private static IEnumerable<SyntaxTree> Sources(int boundTypes, bool violation)
    {
        var types = new StringBuilder("using System.Collections.Generic;\nusing SorAnalyzers;\nnamespace Bench;\n");
        for (int i = 0; i < boundTypes; i++)
        {
            // Half bound on the type, half on the assembly (the two ways a binding is found).
            types.Append(i % 2 == 0 ? "[SorBinding(\"warehouse\", \"Account\")]\n" : $"[assembly: SorBinding(typeof(Bench.Row{i}), \"warehouse\", \"Account\")]\n");
            types.Append($"public class Row{i} {{ public decimal Arr {{ get; set; }} public string Tier {{ get; set; }} = \"\"; public string Note {{ get; set; }} = \"\"; public Dictionary<string, string> Extra {{ get; }} = new(); }}\n");
        }

        // Assembly attributes must come before the namespace's members: gather them first.
        string[] lines = types.ToString().Split('\n');
        string typeFile = string.Join("\n", lines.Where(l => l.StartsWith("using", StringComparison.Ordinal)))
            + "\n" + string.Join("\n", lines.Where(l => l.StartsWith("[assembly:", StringComparison.Ordinal)))
            + "\nnamespace Bench;\n" + string.Join("\n", lines.Where(l => !l.StartsWith("using", StringComparison.Ordinal) && !l.StartsWith("[assembly:", StringComparison.Ordinal) && !l.StartsWith("namespace", StringComparison.Ordinal)));
        yield return CompilerInputs.Parse(typeFile, "/project/Rows.cs");

        const int perMethod = 20;
        var jobs = new StringBuilder("using SorAnalyzers;\nnamespace Bench;\n[SorSystem(\"warehouse\")]\npublic static class Jobs\n{\n");
        for (int m = 0; m < Writes / perMethod; m++)
        {
            jobs.Append($"    public static void Job{m}(string tier)\n    {{\n");
            for (int w = 0; w < perMethod; w++)
            {
                int type = (m * perMethod + w) % boundTypes;
                jobs.Append((w % 4) switch
                {
                    0 => $"        new Row{type}().Tier = tier;\n",
                    1 => $"        var r{w} = new Row{type} {{ Tier = tier, Note = \"n\" }};\n",
                    2 => $"        new Row{type}().Extra[\"k\"] = tier;\n",
                    _ => $"        new Row{type}().Note += tier;\n",
                });
            }

            if (violation && m == 0)
            {
                jobs.Append("        new Row0().Arr = 1m;\n");
            }

            jobs.Append("    }\n");
        }

        jobs.Append("}\n");
        yield return CompilerInputs.Parse(jobs.ToString(), "/project/Jobs.cs");
    }
}
