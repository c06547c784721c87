using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Analyzers.Writes;
using Xunit;
using Xunit.Abstractions;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>
/// The analyzers run on every keystroke: on every prefix of a realistic file (and of the model) they must
/// neither throw (AD0001) nor hang.
/// </summary>
public class HalfTypedCodeTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        ImmutableArray.Create<DiagnosticAnalyzer>(new WriteAnalyzer(), new ContextAttributeAnalyzer());

    private static readonly IEnumerable<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Append(MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location))
        .ToArray();

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static readonly CSharpCompilation Base = CSharpCompilation.Create(
        "Sample",
        new[] { CSharpSyntaxTree.ParseText(RevOpsCode.Source, Parse, RevOpsCode.Path) },
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private readonly ITestOutputHelper _output;

    public HalfTypedCodeTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task The_full_sample_reports_each_violation_once()
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(IntegrationSample.Source, TestModel.Yaml);
        string[] ids = diagnostics.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}").OrderBy(x => x, StringComparer.Ordinal).ToArray();
        _output.WriteLine(string.Join(Environment.NewLine, ids));
        Assert.Equal(
            new[]
            {
                "SOR0101@35", "SOR0101@37", "SOR0101@44", "SOR0101@51", "SOR0101@76",
                "SOR0102@27", "SOR0104@63", "SOR0105@66", "SOR0107@70", "SOR0108@52",
            }.OrderBy(x => x, StringComparer.Ordinal),
            ids);
    }

    [Fact]
    public async Task Every_12th_prefix_of_the_code_analyzes_without_exception()
    {
        var clock = Stopwatch.StartNew();
        int runs = 0;
        string source = IntegrationSample.Source;
        for (int length = 0; length <= source.Length; length += 12) // every 12th: about 200 runs, ten seconds here
        {
            await AnalyzeAsync(source.Substring(0, length), TestModel.Yaml);
            runs++;
        }

        _output.WriteLine($"{runs} prefixes of {source.Length} characters in {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Every_prefix_of_the_model_analyzes_without_exception()
    {
        string yaml = TestModel.Yaml;
        for (int length = 0; length <= yaml.Length; length += 11)
        {
            await AnalyzeAsync(IntegrationSample.Source, yaml.Substring(0, length));
        }
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, string yaml)
    {
        // One base compilation, its sample tree replaced each time: references are bound once, not per prefix.
        Compilation compilation = Base.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, Parse, "Sample.cs"));
        var failures = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryText(TestModel.Path, yaml))),
            onAnalyzerException: (exception, analyzer, diagnostic) => { lock (failures) { failures.Add($"{analyzer}: {exception}"); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.True(failures.Count == 0, $"Analyzer threw on:\n{source}\n---\n{string.Join("\n", failures)}");
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

}
