using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Generator;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// A realistic consumer of the package: the sources of samples/RevOps.Integrations (without its
/// Violations/ folder), a number of synthetic integration files written from the same model, and
/// the code the generator produces from it. It compiles without a single warning, as a real project
/// under TreatWarningsAsErrors would.
/// </summary>
internal sealed class IntegrationProject
{
    public const string ModelPath = "/project/revops.sor.yaml";

    private IntegrationProject(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider options, int sourceFiles)
    {
        Compilation = compilation;
        AdditionalFiles = additionalFiles;
        Options = options;
        SourceFiles = sourceFiles;
    }

    /// <summary>The compilation, generated code included, not yet bound (nothing is cached in it).</summary>
    public Compilation Compilation { get; }

    /// <summary>The model and a BannedSymbols.txt, as the project's <c>AdditionalFiles</c>.</summary>
    public ImmutableArray<AdditionalText> AdditionalFiles { get; }

    public AnalyzerConfigOptionsProvider Options { get; }

    /// <summary>Hand-written files (sample and synthetic), not counting generated ones.</summary>
    public int SourceFiles { get; }

    public static string ReferenceModel() => File.ReadAllText(RepoPaths.InRepo("models/revops.sor.yaml"));

    public static IntegrationProject Create(int syntheticFiles, string bannedSymbols)
    {
        string modelText = ReferenceModel();
        OwnershipModel model = ModelReader.Read(modelText).Model
            ?? throw new InvalidOperationException("The reference model does not read.");

        string sampleFolder = RepoPaths.InRepo("samples/RevOps.Integrations");
        var trees = Directory.EnumerateFiles(sampleFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsExcluded(sampleFolder, path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CompilerInputs.Parse(File.ReadAllText(path), path))
            .Concat(SyntheticIntegrationCode.Files(model, syntheticFiles).Select(f => CompilerInputs.Parse(f.Text, f.Path)))
            .ToList();

        var additionalFiles = ImmutableArray.Create<AdditionalText>(
            new CompilerInputs.InMemoryText(ModelPath, modelText),
            new CompilerInputs.InMemoryText("/project/BannedSymbols.txt", bannedSymbols));
        AnalyzerConfigOptionsProvider options = CompilerInputs.BuildProperties(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Contoso.RevOps.Integrations",
        });

        CSharpCompilation handWritten = CompilerInputs.Compilation("RevOps.Integrations", trees, OutputKind.ConsoleApplication, concurrentBuild: false);
        CSharpGeneratorDriver.Create(new[] { new SorModelGenerator().AsSourceGenerator() }, additionalFiles, CompilerInputs.ParseOptions, options)
            .RunGeneratorsAndUpdateCompilation(handWritten, out Compilation withGenerated, out ImmutableArray<Diagnostic> generatorProblems);

        var problems = generatorProblems.Concat(withGenerated.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The benchmark project must compile clean:\n" + string.Join("\n", problems.Take(20)));
        }

        // A fresh copy: the check above bound everything in withGenerated.
        return new IntegrationProject(withGenerated.Clone(), additionalFiles, options, trees.Count);
    }

    private static bool IsExcluded(string sampleFolder, string path)
    {
        string relative = Path.GetRelativePath(sampleFolder, path).Replace('\\', '/');
        return relative.StartsWith("Violations/", StringComparison.Ordinal)
            || relative.StartsWith("obj/", StringComparison.Ordinal)
            || relative.StartsWith("bin/", StringComparison.Ordinal);
    }
}
