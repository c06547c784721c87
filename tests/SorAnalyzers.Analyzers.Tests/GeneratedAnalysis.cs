using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Analyzers.Model;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Generator;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>
/// One C# file compiled with the real generator's output for a model (net10.0, the runtime referenced, nullable
/// on), which must compile without a warning, then analysed by the write, context and model analyzers.
/// </summary>
internal static class GeneratedAnalysis
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    public static async Task<(Compilation Generated, ImmutableArray<Diagnostic> Diagnostics)> RunAsync(AdditionalText model, string code, string path)
    {
        Compilation compilation = CSharpCompilation.Create(
            "Integrations",
            new[] { CSharpSyntaxTree.ParseText(code, Parse, path) },
            Basic.Reference.Assemblies.Net100.References.All
                .Append(MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // the runtime's net8.0 build against net10 reference assemblies: unification notes, not problems
                .WithSpecificDiagnosticOptions(new[] { "CS1701", "CS1702" }.ToDictionary(id => id, _ => ReportDiagnostic.Suppress)));
        CSharpGeneratorDriver.Create(new[] { new SorModelGenerator().AsSourceGenerator() }, new AdditionalText[] { model }, Parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);
        Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new WriteAnalyzer(), new ContextAttributeAnalyzer(), new ModelDiagnosticsAnalyzer());
        ImmutableArray<Diagnostic> diagnostics = await generated
            .WithAnalyzers(analyzers, new AnalyzerOptions(ImmutableArray.Create(model)))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (generated, diagnostics);
    }
}
