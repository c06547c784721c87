using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Testing;

namespace SorAnalyzers.Docs.Tests;

/// <summary>One diagnostic as <c>dotnet build</c> prints it: <c>file(line,column): severity ID: message</c>.</summary>
public sealed record Reported(string Id, string Severity, string? File, int Line, int Column, string Message)
{
    public override string ToString() => File is null
        ? $"{Severity} {Id}: {Message}"
        : $"{File}({Line},{Column}): {Severity} {Id}: {Message}";
}

/// <summary>
/// A small project compiled in-process as <c>dotnet build</c> compiles it: C# sources, model files as
/// additional files, the SorAnalyzers MSBuild properties as compiler-visible build properties, .NET 10
/// reference assemblies plus the runtime; every source generator and every analyzer of the real
/// SorAnalyzers assemblies (found the way the compiler finds them: by their attributes).
/// </summary>
public sealed class ExampleProject
{
    private static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location))
        .ToImmutableArray();

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Assembly[] AnalyzerAssemblies =
    {
        typeof(SorAnalyzers.Analyzers.Model.ModelDiagnosticsAnalyzer).Assembly,
        Assembly.Load("SorAnalyzers.Generator"),
    };

    public List<(string Path, string Text)> Sources { get; } = new();

    public List<(string Path, string Text)> AdditionalFiles { get; } = new();

    /// <summary>MSBuild properties the package makes compiler-visible (SorSystem, SorFlow, RootNamespace).</summary>
    /// <remarks>RootNamespace is the project's name, as the SDK sets it.</remarks>
    public Dictionary<string, string> BuildProperties { get; } = new(StringComparer.Ordinal) { ["RootNamespace"] = "Example" };

    /// <summary>Compiles and returns every warning and error: the compiler's (generated code included), the generators' and the analyzers'.</summary>
    public IReadOnlyList<Reported> Build()
    {
        var trees = Sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Path)).ToList();
        bool mapperly = Sources.Any(s => s.Text.Contains("using Riok.Mapperly.Abstractions;", StringComparison.Ordinal));
        // What the SDK adds for a net10.0 project with ImplicitUsings disabled: nothing; nullable enabled as in a new project.
        var compilation = CSharpCompilation.Create(
            "Example",
            trees,
            mapperly ? References.Add(Mapperly.Abstractions) : References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    // As the .NET SDK does (NoWarn CS1701;CS1702): the runtime's net8.0 build against .NET 10 references.
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));

        ImmutableArray<AdditionalText> additional = AdditionalFiles.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();
        var options = new OptionsProvider(BuildProperties.ToDictionary(p => "build_property." + p.Key, p => p.Value));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            Instances<IIncrementalGenerator>(typeof(GeneratorAttribute)).Concat(mapperly ? new[] { Mapperly.Generator() } : Array.Empty<IIncrementalGenerator>())
                .Select(g => g.AsSourceGenerator()),
            additional,
            ParseOptions,
            options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out ImmutableArray<Diagnostic> generatorDiagnostics);

        var analyzers = Instances<DiagnosticAnalyzer>(typeof(DiagnosticAnalyzerAttribute)).ToImmutableArray();
        var withAnalyzers = generated.WithAnalyzers(analyzers, new AnalyzerOptions(additional, options));
        ImmutableArray<Diagnostic> all = withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

        return generatorDiagnostics.Concat(all)
            .Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
            .Select(ToReported)
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static Reported ToReported(Diagnostic diagnostic)
    {
        string severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        if (diagnostic.Location == Location.None)
        {
            return new Reported(diagnostic.Id, severity, null, 0, 0, diagnostic.GetMessage());
        }

        FileLinePositionSpan span = diagnostic.Location.GetMappedLineSpan();
        return new Reported(diagnostic.Id, severity, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.GetMessage());
    }

    private static IEnumerable<T> Instances<T>(Type attribute)
        => AnalyzerAssemblies.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.GetCustomAttributes(attribute, inherit: false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!);

    /// <summary>
    /// Riok.Mapperly 4.3.1 from its package, for the examples that use it (<c>using Riok.Mapperly.Abstractions;</c>):
    /// the compiler runs every generator a project references, and another generator's code is analysed too.
    /// </summary>
    private static class Mapperly
    {
        private static readonly string Package = typeof(ExampleProject).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "MapperlyPackage").Value!;

        public static readonly MetadataReference Abstractions =
            MetadataReference.CreateFromFile(System.IO.Path.Combine(Package, "lib", "netstandard2.0", "Riok.Mapperly.Abstractions.dll"));

        public static IIncrementalGenerator Generator()
        {
            Assembly assembly = Assembly.LoadFrom(System.IO.Path.Combine(Package, "analyzers", "roslyn4.14", "dotnet", "cs", "Riok.Mapperly.dll"));
            return (IIncrementalGenerator)Activator.CreateInstance(assembly.GetType("Riok.Mapperly.MapperGenerator", throwOnError: true)!)!;
        }
    }

    private sealed class OptionsProvider(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            => values.TryGetValue(key, out value);
    }
}
