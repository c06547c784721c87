using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Generator;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests.Writes;

/// <summary>
/// One project compiled with the real generator's output for its model file (net10.0, the runtime referenced,
/// nullable on), as the write analysis meets it: the generator reports exactly the diagnostics a case expects, and
/// the result compiles without an error.
/// </summary>
internal static class GeneratedProject
{
    public static Compilation Generate(
        string name,
        string yaml,
        string code,
        AnalyzerConfigOptionsProvider? properties = null,
        IReadOnlyList<string>? expectedGeneratorDiagnostics = null,
        params MetadataReference[] references)
    {
        CSharpCompilation empty = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(code, path: name + ".cs") },
            Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location)).Concat(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new SorModelGenerator().AsSourceGenerator() },
                new AdditionalText[] { new InMemoryText(name + ".sor.yaml", yaml) },
                optionsProvider: properties)
            .RunGeneratorsAndUpdateCompilation(empty, out Compilation generated, out _);
        ImmutableArray<Diagnostic> reported = driver.GetRunResult().Diagnostics;
        Assert.Equal(expectedGeneratorDiagnostics ?? System.Array.Empty<string>(), reported.Select(d => d.Id));
        string[] errors = generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors));
        return generated;
    }
}
