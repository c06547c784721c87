using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Model.Diagnostics;

namespace SorAnalyzers.Analyzers.Model;

/// <summary>
/// Reports the ownership model's warnings where they were typed (line and column in the <c>*.sor.yaml</c>),
/// and the project-level problem of having no model. A project's model may be split across several files;
/// each diagnostic is reported in its own file. The model's errors are reported by the
/// generator (<see cref="SorAnalyzers.Model.Diagnostics.ModelDiagnostic.ReportedByGenerator"/>), because the
/// compiler would not run this analyzer at all while C# fails for lack of the API a broken model did not
/// generate. Its descriptors list every model rule, so the IDE's rule list and release tracking see them all.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelDiagnosticsAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById =
        ModelDescriptors.All.ToImmutableDictionary(d => d.Id);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ModelDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        ImmutableArray<AdditionalText> candidates = ModelFile.Candidates(context.Options);
        if (candidates.IsEmpty)
        {
            context.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(ModelDescriptors.NoModel, Location.None)));
            return;
        }

        ModelFile? model = ModelFile.Load(context);
        if (model is null)
        {
            return;
        }

        // Every *.sor.yaml of the project is part of one model: each file gets the warnings in it.
        context.RegisterAdditionalFileAction(file =>
        {
            int source = model.Files.IndexOf(file.AdditionalFile);
            if (source < 0)
            {
                return;
            }

            foreach (ModelDiagnostic diagnostic in model.Result.Diagnostics)
            {
                if (!diagnostic.ReportedByGenerator && diagnostic.Span.Source == source)
                {
                    file.ReportDiagnostic(ToRoslyn(diagnostic, model));
                }
            }
        });
    }

    private static Diagnostic ToRoslyn(ModelDiagnostic diagnostic, ModelFile model)
    {
        IEnumerable<Location>? related = diagnostic.RelatedSpan is { } first ? new[] { model.LocationOf(first) } : null;
        return Diagnostic.Create(
            ById[diagnostic.Id],
            model.LocationOf(diagnostic.Span),
            related,
            diagnostic.Properties,
            diagnostic.Arguments.Cast<object>().ToArray());
    }
}
