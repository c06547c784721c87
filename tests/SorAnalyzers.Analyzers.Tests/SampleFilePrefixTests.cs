using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Analyzers.Model;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Generator;
using Xunit;
using Xunit.Abstractions;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>
/// The real sample (samples/RevOps.Integrations, violations included) as it is typed: each of its files is
/// cut at regular points and the project analyzed with the cut file, with the generator's output in place.
/// No analyzer may throw on any of it.
/// </summary>
public class SampleFilePrefixTests
{
    private static readonly string Sample = RepoFiles.Sample;

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        ImmutableArray.Create<DiagnosticAnalyzer>(new WriteAnalyzer(), new ContextAttributeAnalyzer(), new ModelDiagnosticsAnalyzer());

    private readonly ITestOutputHelper _output;

    public SampleFilePrefixTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Every_file_of_the_sample_cut_at_regular_points_analyzes_without_exception()
    {
        var model = new FileText(RepoFiles.Model("revops.sor.yaml"));
        string[] files = Directory.GetFiles(Sample, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        Assert.True(files.Length > 10, "the sample's sources were not found");

        Compilation whole = WithGeneratedCode(
            CSharpCompilation.Create(
                "RevOps.Integrations",
                files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), Parse, f)),
                Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location))
                    .Concat(SdkReferences()),
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)),
            model);
        Assert.Empty(whole.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

        var clock = Stopwatch.StartNew();
        int runs = 0;
        foreach (SyntaxTree tree in whole.SyntaxTrees.Where(t => files.Contains(t.FilePath)))
        {
            string text = tree.GetText().ToString();
            int step = Math.Max(1, text.Length / 12); // a dozen cuts per file: about 250 analyses of the whole project
            for (int length = 0; length < text.Length; length += step)
            {
                Compilation cut = whole.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text.Substring(0, length), Parse, tree.FilePath));
                await AnalyzeAsync(cut, model, tree.FilePath, length);
                runs++;
            }
        }

        _output.WriteLine($"{runs} cut versions of {files.Length} files analyzed in {clock.ElapsedMilliseconds} ms");
    }

    private static Compilation WithGeneratedCode(Compilation compilation, AdditionalText model)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new SorModelGenerator().AsSourceGenerator(), Mapperly.Generator().AsSourceGenerator() },
            new[] { model },
            Parse);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation updated, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.True(updated.SyntaxTrees.Count() > compilation.SyntaxTrees.Count(), "the generator produced nothing");
        return updated;
    }

    /// <summary>The SDKs the sample's billing and warehouse jobs use: Stripe.net, EF Core with SQLite, Mapperly's attributes.</summary>
    private static IEnumerable<MetadataReference> SdkReferences() => new[]
        {
            typeof(Stripe.CustomerUpdateOptions).Assembly,
            typeof(Newtonsoft.Json.JsonPropertyAttribute).Assembly,
            typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly,
            typeof(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions).Assembly,
            typeof(Microsoft.EntityFrameworkCore.SqliteDbContextOptionsBuilderExtensions).Assembly,
        }
        .Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location))
        .Append(Mapperly.Abstractions);

    private static async Task AnalyzeAsync(Compilation compilation, AdditionalText model, string file, int length)
    {
        var failures = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create(model)),
            onAnalyzerException: (exception, analyzer, _) => { lock (failures) { failures.Add($"{analyzer}: {exception}"); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.True(failures.Count == 0, $"An analyzer threw on {file} cut at {length}:\n{string.Join("\n", failures)}");
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    private sealed class FileText : AdditionalText
    {
        private readonly SourceText _text;

        public FileText(string path)
        {
            Path = path;
            _text = SourceText.From(File.ReadAllText(path));
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
