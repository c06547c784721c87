using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Generator;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// The source generator on the reference model, driven as the compiler and the IDE drive it.
/// Cold: a new driver (first build). Warm: the same driver after an edit of unrelated C#, which the
/// pipeline must answer from its cache (it takes nothing from the compilation but a boolean). Model
/// edit: the same driver after a change to one field's description, which regenerates a few files.
/// Every case makes a fresh edited compilation first, so all three pay the same for that.
/// </summary>
[MemoryDiagnoser]
[MaxIterationCount(30)]
public class GeneratorBenchmarks
{
    private const string UserCodeTemplate = "namespace App { internal static class Job { public static int Run() => RESULT; } }";

    private CSharpCompilation _compilation = null!;
    private SyntaxTree _userCode = null!;
    private ImmutableArray<AdditionalText> _model;
    private AnalyzerConfigOptionsProvider _options = null!;
    private AdditionalText[] _modelVersions = Array.Empty<AdditionalText>();
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _modelEdited = null!;
    private int _edits;
    private int _modelVersion;

    [GlobalSetup]
    public void Setup()
    {
        string model = IntegrationProject.ReferenceModel();
        _model = ImmutableArray.Create<AdditionalText>(new CompilerInputs.InMemoryText(IntegrationProject.ModelPath, model));
        string edited = model.Replace("Territory:    { type: string,  owner: crm }", "Territory:    { type: string,  owner: crm, description: Sales region. }");
        if (edited == model)
        {
            throw new InvalidOperationException("The model edit no longer applies: update GeneratorBenchmarks.");
        }

        _modelVersions = new AdditionalText[] { _model[0], new CompilerInputs.InMemoryText(IntegrationProject.ModelPath, edited) };
        _options = CompilerInputs.BuildProperties(new Dictionary<string, string> { ["build_property.RootNamespace"] = "App" });
        _userCode = CompilerInputs.Parse(UserCode(0), "/project/Job.cs");
        _compilation = CompilerInputs.Compilation("App", new[] { _userCode });

        GeneratorDriverRunResult first = NewDriver().RunGenerators(_compilation).GetRunResult();
        if (first.Results.Single() is { Exception: not null } or { GeneratedSources.Length: < 10 })
        {
            throw new InvalidOperationException($"The generator did not run as expected: {first.Results.Single().Exception}");
        }

        _warm = NewDriver().RunGenerators(_compilation);
        _modelEdited = NewDriver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "cold: new driver")]
    public GeneratorDriver Cold() => NewDriver().RunGenerators(NextEdit());

    [Benchmark(Description = "warm: unrelated C# edit")]
    public GeneratorDriver WarmAfterCSharpEdit() => _warm = _warm.RunGenerators(NextEdit());

    [Benchmark(Description = "warm: one field's description edited")]
    public GeneratorDriver WarmAfterModelEdit()
    {
        // Alternate between the two texts, so every run sees a model that changed since the last one.
        int next = 1 - _modelVersion;
        _modelEdited = _modelEdited.ReplaceAdditionalText(_modelVersions[_modelVersion], _modelVersions[next]);
        _modelVersion = next;
        return _modelEdited = _modelEdited.RunGenerators(NextEdit());
    }

    private GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        new[] { new SorModelGenerator().AsSourceGenerator() }, _model, CompilerInputs.ParseOptions, _options);

    private static string UserCode(int result) => UserCodeTemplate.Replace("RESULT", result.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The compilation after the user typed in Job.cs: a new compilation, as the IDE makes on each edit.</summary>
    private Compilation NextEdit()
    {
        _edits++;
        return _compilation.ReplaceSyntaxTree(_userCode, CompilerInputs.Parse(UserCode(_edits), "/project/Job.cs"));
    }
}
