using System;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Generator.Diagnostics;
using SorAnalyzers.Generator.Emit;
using SorAnalyzers.Generator.Input;
using SorAnalyzers.Generator.Plan;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator;

/// <summary>
/// Generates, from the project's ownership model (<c>*.sor.yaml</c>), the id constants, the typed
/// field descriptors and the per-system and per-flow views. The pipeline starts from the additional
/// files and takes from the compilation only two booleans, the referenced assemblies'
/// <c>[SorGeneratedModel]</c> markers (as strings) and, per file, the identifiers the C# spells, which
/// choose the views (<see cref="ViewChoice"/>): editing C# re-reads one file's names and, unless it spells a
/// new view, nothing else. When a referenced assembly already holds the API of the same model namespace,
/// this project generates none of the core, only the views it uses that the reference lacks.
/// It reports the model's errors at their line in the YAML (the analyzers report its warnings): the
/// compiler runs analyzers only once C# gets past its declarations, which C# that uses the generated API
/// cannot do while the model is broken. A broken part of the model is left out; a failure of the
/// generator itself is reported as SOR0034 at the model, never swallowed.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SorModelGenerator : IIncrementalGenerator
{
    private readonly Func<ModelPlan, EquatableArray<GeneratedFile>> _emit;

    public SorModelGenerator()
        : this(ModelEmitter.Core)
    {
    }

    /// <summary>With another emitter of the core: the tests force a failure through it and see it reported.</summary>
    internal SorModelGenerator(Func<ModelPlan, EquatableArray<GeneratedFile>> emit) => _emit = emit;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<ModelTexts> modelText = context.AdditionalTextsProvider
            .Where(file => ModelFileName.IsModel(file.Path))
            .Select((file, token) => new ModelText(file.Path, file.GetText(token)?.ToString()))
            .WithTrackingName(TrackingNames.ModelTexts)
            .Collect()
            .Select((texts, _) => new ModelTexts(ModelText.All(texts)))
            .WithTrackingName(TrackingNames.ModelText);

        IncrementalValueProvider<ModelRead?> read = modelText
            .Select((texts, _) => ModelRead.Of(texts.Files))
            .WithTrackingName(TrackingNames.Read);

        IncrementalValueProvider<LocatedModel?> model = read
            .Select((r, _) => r?.Located)
            .WithTrackingName(TrackingNames.Model);

        // Every value between the steps is a reference type (a record, a Flag), never a bool or a tuple
        // holding one: the driver's tables are generic in the value, and each value type is generic code the
        // runtime compiles anew in every build whose compiler does not stay running (UseSharedCompilation=false,
        // common in CI). Reference types share one compiled copy.
        IncrementalValueProvider<GenerationOptions> options = context.CompilationProvider
            .Combine(context.ParseOptionsProvider)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((x, _) => new GenerationOptions(
                x.Right.GlobalOptions.TryGetValue(ProjectProperties.RootNamespaceKey, out string? ns) ? ns : null,
                x.Left.Left.GetTypeByMetadataName("System.DateOnly") is not null,
                x.Left.Right is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 }))
            .WithTrackingName(TrackingNames.Options);

        IncrementalValueProvider<Stage<ModelPlan>> plan = model.Combine(options)
            .Select((pair, _) => Plan(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Plan);

        IncrementalValueProvider<Stage<EquatableArray<GeneratedFile>>> emitted = plan
            .Select((p, _) => Emit(p))
            .WithTrackingName(TrackingNames.Emitted);

        IncrementalValueProvider<string?> modelHash = modelText
            .Select((texts, _) => ModelText.HashOf(texts.Files))
            .WithTrackingName(TrackingNames.ModelHash);

        IncrementalValueProvider<ReferencedModels> referenced = context.CompilationProvider
            .Select((compilation, token) => ReferencedModels.In(compilation, token))
            .WithTrackingName(TrackingNames.ReferencedModels);

        IncrementalValueProvider<ApiHome> home = plan
            .Select((p, _) => (p.Value?.Namespace, p.Path))
            .Combine(modelHash)
            .Combine(referenced)
            .Select((x, _) => ApiHome.Decide(x.Left.Left.Namespace, x.Left.Left.Path, x.Left.Right, x.Right))
            .WithTrackingName(TrackingNames.Home);

        IncrementalValueProvider<ViewsSettings> viewsProperties = context.AnalyzerConfigOptionsProvider
            .Select((o, _) => new ViewsSettings(
                ViewChoice.AllOf(o.GlobalOptions.TryGetValue(ProjectProperties.ViewsKey, out string? value) ? value : null),
                ProjectContext.From(
                    o.GlobalOptions.TryGetValue(ProjectProperties.SystemKey, out string? system) ? system : null,
                    o.GlobalOptions.TryGetValue(ProjectProperties.FlowKey, out string? flow) ? flow : null)))
            .WithTrackingName(TrackingNames.ViewsProperty);

        // Per syntax tree, by the tree's identity: a compilation keeps the tree objects of the files an edit did
        // not touch, so only changed and added files are read again. (A syntax provider's transform would run
        // for every file on every edit: it may use the semantic model, which an edit anywhere changes.) With
        // SorViews=all no name is needed, and no file is read.
        IncrementalValueProvider<NamesInProject> names = context.CompilationProvider
            .SelectMany((compilation, _) => compilation.SyntaxTrees)
            .Combine(viewsProperties.Select((p, _) => Flag.Of(p.All)))
            .Select((x, token) => x.Right.On ? NamesInCode.None : NamesInCode.Of(x.Left.GetRoot(token), token))
            .WithTrackingName(TrackingNames.NamesInFile)
            .Collect()
            .Select((files, _) => new NamesInProject(files));

        IncrementalValueProvider<ViewChoice> choice = plan.Combine(names).Combine(viewsProperties)
            .Select((x, _) => ViewChoice.Of(x.Left.Left.Value, x.Left.Right.Files, x.Right.All, x.Right.Context))
            .WithTrackingName(TrackingNames.ViewChoice);

        IncrementalValueProvider<ViewsHere> viewsHere = choice.Combine(home).Combine(context.CompilationProvider)
            .Select((x, token) => ViewsHere.Decide(x.Left.Left, x.Left.Right, x.Right, token))
            .WithTrackingName(TrackingNames.ViewsHere);

        // The members of the views this project gets, planned apart: the core plan names every view but plans no
        // view's members, which for a big model would cost as much as the rest of the plan.
        IncrementalValueProvider<Stage<ViewsPlan>> viewPlan = model.Combine(options).Combine(viewsHere)
            .Select((x, _) => PlanViews(x.Left.Left, x.Left.Right, x.Right))
            .WithTrackingName(TrackingNames.ViewPlan);

        IncrementalValueProvider<Stage<EquatableArray<GeneratedFile>>> emittedViews = plan.Combine(viewPlan).Combine(viewsHere)
            .Select((x, _) => EmitViews(x.Left.Left, x.Left.Right, x.Right))
            .WithTrackingName(TrackingNames.EmittedViews);

        IncrementalValuesProvider<GeneratedFile> viewFiles = emittedViews
            .SelectMany((e, _) => e.Value)
            .WithTrackingName(TrackingNames.ViewFiles);

        IncrementalValuesProvider<GeneratedFile> files = emitted
            .Combine(home.Select((h, _) => Flag.Of(h.GeneratesHere)))
            .SelectMany((pair, _) => pair.Right.On ? pair.Left.Value : EquatableArray<GeneratedFile>.Empty)
            .WithTrackingName(TrackingNames.Files);

        context.RegisterSourceOutput(files, (output, file) => output.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8)));
        context.RegisterSourceOutput(viewFiles, (output, file) => output.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8)));
        context.RegisterSourceOutput(home, (output, h) =>
        {
            if (h is { GeneratesHere: true, CanMark: true, Namespace: { } ns, Hash: { } hash })
            {
                GeneratedFile marker = MarkerEmitter.Emit(ns, hash);
                output.AddSource(marker.HintName, SourceText.From(marker.Text, Encoding.UTF8));
            }

            ProblemReporter.Report(output, h.Problems);
        });
        context.RegisterSourceOutput(read, (output, r) => ProblemReporter.Report(output, r?.Problems ?? EquatableArray<ModelProblem>.Empty));
        context.RegisterSourceOutput(plan, (output, p) => ProblemReporter.Report(output, p.Problems));
        context.RegisterSourceOutput(emitted, (output, e) => ProblemReporter.Report(output, e.Problems));
        context.RegisterSourceOutput(viewPlan, (output, p) => ProblemReporter.Report(output, p.Problems));
        context.RegisterSourceOutput(emittedViews, (output, e) => ProblemReporter.Report(output, e.Problems));
    }

    private static Stage<ModelPlan> Plan(LocatedModel? model, GenerationOptions options)
        => model is null ? Stage<ModelPlan>.Nothing : Stage<ModelPlan>.Run(model.Path, () => ModelPlanner.PlanNamingViews(model.Model, options));

    private static Stage<ViewsPlan> PlanViews(LocatedModel? model, GenerationOptions options, ViewsHere here)
        => model is null || here.Views.IsEmpty
            ? Stage<ViewsPlan>.Nothing
            : Stage<ViewsPlan>.Run(model.Path, () => ModelPlanner.PlanViews(model.Model, options, here.Views));

    private static Stage<EquatableArray<GeneratedFile>> EmitViews(Stage<ModelPlan> plan, Stage<ViewsPlan> views, ViewsHere here)
        => plan.Value is not { } core || views.Value is not { } chosen
            ? Stage<EquatableArray<GeneratedFile>>.Nothing
            : Stage<EquatableArray<GeneratedFile>>.Run(plan.Path, () => ModelEmitter.Views(core with { SystemViews = chosen.SystemViews, FlowViews = chosen.FlowViews }, here.Public));

    private Stage<EquatableArray<GeneratedFile>> Emit(Stage<ModelPlan> plan)
        => plan.Value is not { } core ? Stage<EquatableArray<GeneratedFile>>.Nothing : Stage<EquatableArray<GeneratedFile>>.Run(plan.Path, () => _emit(core));
}
