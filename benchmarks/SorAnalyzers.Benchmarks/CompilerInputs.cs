using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// What the compiler hands generators and analyzers, built in memory: .NET 10 reference assemblies
/// (offline) plus the runtime library, additional files, and build properties as global options.
/// </summary>
internal static class CompilerInputs
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location))
        .ToImmutableArray();

    /// <param name="concurrentBuild">
    /// False binds on one thread: on a loaded two-core machine a parallel compile's time depends on
    /// what else runs, a single-threaded one much less, so ratios between cases are steadier.
    /// </param>
    public static CSharpCompilation Compilation(string name, IEnumerable<SyntaxTree> trees, OutputKind kind = OutputKind.DynamicallyLinkedLibrary, bool concurrentBuild = true)
        => CSharpCompilation.Create(
            name,
            trees,
            References,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: concurrentBuild)
                // As the .NET SDK does (NoWarn CS1701;CS1702): the runtime's net8.0 build against .NET 10 references.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    public static AnalyzerConfigOptionsProvider BuildProperties(IReadOnlyDictionary<string, string> properties) => new PropertiesProvider(properties);

    /// <summary>A file given to the compiler as an <c>AdditionalFiles</c> item.</summary>
    public sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class PropertiesProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
