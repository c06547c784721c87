using System;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Generator.Emit;
using SorAnalyzers.Generator.Input;
using SorAnalyzers.Generator.Plan;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.Generator;

/// <summary>
/// Generates, from the project's ownership model (<c>*.sor.yaml</c>), the id constants, the typed
/// field descriptors and the per-system and per-flow views. The pipeline starts from the additional
/// files and takes from the compilation only two booleans, so editing C# does no work here. It reports
/// nothing (the analyzers report the model's problems) and never throws: a broken part of the model is
/// left out, and an unexpected failure generates nothing rather than breaking the build.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SorModelGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<ModelText?> modelText = context.AdditionalTextsProvider
            .Where(file => ModelFileName.IsModel(file.Path))
            .Select((file, token) => new ModelText(file.Path, file.GetText(token)?.ToString()))
            .WithTrackingName(TrackingNames.ModelTexts)
            .Collect()
            .Select((texts, _) => ModelText.First(texts))
            .WithTrackingName(TrackingNames.ModelText);

        IncrementalValueProvider<OwnershipModel?> model = modelText
            .Select((text, _) => Read(text))
            .WithTrackingName(TrackingNames.Model);

        IncrementalValueProvider<string?> rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => options.GlobalOptions.TryGetValue("build_property.RootNamespace", out string? ns) ? ns : null)
            .WithTrackingName(TrackingNames.RootNamespace);

        IncrementalValueProvider<bool> hasDateOnly = context.CompilationProvider
            .Select((compilation, _) => compilation.GetTypeByMetadataName("System.DateOnly") is not null)
            .WithTrackingName(TrackingNames.HasDateOnly);

        IncrementalValueProvider<bool> nullable = context.ParseOptionsProvider
            .Select((options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
            .WithTrackingName(TrackingNames.Nullable);

        IncrementalValueProvider<GenerationOptions> options = rootNamespace.Combine(hasDateOnly).Combine(nullable)
            .Select((pair, _) => new GenerationOptions(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        IncrementalValueProvider<ModelPlan?> plan = model.Combine(options)
            .Select((pair, _) => Plan(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Plan);

        IncrementalValuesProvider<GeneratedFile> files = plan
            .SelectMany((p, _) => Emit(p))
            .WithTrackingName(TrackingNames.Files);

        context.RegisterSourceOutput(files, (output, file) => output.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8)));
    }

    private static OwnershipModel? Read(ModelText? text)
    {
        if (text?.Text is null)
        {
            return null;
        }

        try
        {
            return ModelReader.Read(text.Text).Model;
        }
        catch (Exception e) when (e is not OperationCanceledException && !AssemblyLoadFailure.Is(e))
        {
            return null; // the analyzers read the same text and report what went wrong
        }
    }

    private static ModelPlan? Plan(OwnershipModel? model, GenerationOptions options)
    {
        if (model is null)
        {
            return null;
        }

        try
        {
            return ModelPlanner.Plan(model, options);
        }
        catch (Exception e) when (e is not OperationCanceledException && !AssemblyLoadFailure.Is(e))
        {
            return null;
        }
    }

    private static ImmutableArray<GeneratedFile> Emit(ModelPlan? plan)
    {
        if (plan is null)
        {
            return ImmutableArray<GeneratedFile>.Empty;
        }

        try
        {
            return ModelEmitter.Emit(plan).AsImmutableArray();
        }
        catch (Exception e) when (e is not OperationCanceledException && !AssemblyLoadFailure.Is(e))
        {
            return ImmutableArray<GeneratedFile>.Empty;
        }
    }
}
