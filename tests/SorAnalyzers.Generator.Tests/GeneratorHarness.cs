using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Generator.Tests;

/// <summary>
/// Runs the generator as the compiler would: the model as an additional file, build properties as
/// global options, .NET 10 reference assemblies (offline) plus the runtime library.
/// </summary>
internal sealed class GeneratorHarness
{
    public static readonly CSharpParseOptions DefaultParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    internal static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location))
        .ToImmutableArray();

    /// <param name="views">
    /// The <c>SorViews</c> build property: these tests check every view the model has, so "all" unless a test
    /// is about which views a project gets (null: the default, the views its code names).
    /// </param>
    public GeneratorHarness(string model, string modelPath = "/project/model.sor.yaml", string? rootNamespace = null, CSharpParseOptions? parseOptions = null, IEnumerable<MetadataReference>? references = null, string? views = "all", IReadOnlyDictionary<string, string>? properties = null)
    {
        ModelPath = modelPath;
        ParseOptions = parseOptions ?? DefaultParseOptions;
        AdditionalTexts = ImmutableArray.Create<AdditionalText>(new InMemoryText(modelPath, model));
        var global = new Dictionary<string, string>();
        foreach (KeyValuePair<string, string> property in properties ?? new Dictionary<string, string>())
        {
            global[property.Key] = property.Value;
        }

        if (rootNamespace is not null)
        {
            global["build_property.RootNamespace"] = rootNamespace;
        }

        if (views is not null)
        {
            global["build_property.SorViews"] = views;
        }

        Options = new BuildProperties(global);
        Compilation = CSharpCompilation.Create(
            "Consumer",
            Array.Empty<SyntaxTree>(),
            references ?? References,
            new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: ParseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                    generalDiagnosticOption: ReportDiagnostic.Error)
                // As the .NET SDK does (NoWarn CS1701;CS1702): the runtime's net8.0 build against .NET 10 references.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
    }

    public string ModelPath { get; }

    public CSharpParseOptions ParseOptions { get; }

    public ImmutableArray<AdditionalText> AdditionalTexts { get; set; }

    public AnalyzerConfigOptionsProvider Options { get; }

    public CSharpCompilation Compilation { get; set; }

    public GeneratorHarness WithSource(string source)
    {
        Compilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/project/Consumer{Compilation.SyntaxTrees.Count()}.cs"));
        return this;
    }

    /// <summary>The generator under test; a test may swap in one built with another emitter.</summary>
    public SorModelGenerator Generator { get; set; } = new();

    public GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        new[] { Generator.AsSourceGenerator() },
        AdditionalTexts,
        ParseOptions,
        Options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; the result's compilation includes the generated code.</summary>
    public GenerationOutcome Run()
    {
        GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(Compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        return new GenerationOutcome(driver.GetRunResult(), output, generatorDiagnostics);
    }
}

/// <summary>What one run produced: the generated sources, the compilation with them, any generator diagnostics.</summary>
internal sealed record GenerationOutcome(GeneratorDriverRunResult RunResult, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public ImmutableArray<GeneratedSourceResult> Sources => RunResult.Results.Single().GeneratedSources;

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Every warning and error of the compilation (generated code and consumer code), as text.</summary>
    public IReadOnlyList<string> Problems => Output.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Info)
        .Select(d => d.ToString())
        .Concat(GeneratorDiagnostics.Select(d => d.ToString()))
        .Concat(RunResult.Results.Single().Exception is { } e ? new[] { e.ToString() } : Array.Empty<string>())
        .ToList();

    /// <summary>Fails with every problem spelled out.</summary>
    public void AssertClean()
    {
        IReadOnlyList<string> problems = Problems;
        Xunit.Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
