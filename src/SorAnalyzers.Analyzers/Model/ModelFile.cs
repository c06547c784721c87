using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Analyzers.Model;

/// <summary>
/// The project's ownership model as the analyzers see it: the <c>*.sor.yaml</c> additional file,
/// read once per text (cached by <see cref="SourceText"/>, and by content in <see cref="ModelReadCache"/>, which the
/// generator shares; so every analyzer, the generator and every compilation
/// that sees the same text shares one read).
/// </summary>
internal sealed class ModelFile
{
    private static readonly SourceTextValueProvider<ModelReadResult> Reads =
        new(text => ModelReadCache.Read(text.ToString()));

    private ModelFile(AdditionalText file, SourceText text, ModelReadResult result)
    {
        File = file;
        Text = text;
        Result = result;
    }

    public AdditionalText File { get; }

    public SourceText Text { get; }

    public ModelReadResult Result { get; }

    public static bool IsModel(AdditionalText file) => ModelFileName.IsModel(file.Path);

    /// <summary>All model files, in the order that decides which one is used: by path, ordinal.</summary>
    public static ImmutableArray<AdditionalText> Candidates(AnalyzerOptions options)
        => ModelFileName.InOrderOfUse(options.AdditionalFiles, f => f.Path).ToImmutableArray();

    /// <summary>The model the project uses (the first candidate), or null when there is none.</summary>
#pragma warning disable RS1012 // a loader: the caller registers the actions
    public static ModelFile? Load(CompilationStartAnalysisContext context)
    {
        AdditionalText? file = Candidates(context.Options).FirstOrDefault();
        SourceText? text = file?.GetText(context.CancellationToken);
        if (file is null || text is null)
        {
            return null;
        }

        // TryGetValue is false when the read threw (YamlDotNet could not load, say) and Roslyn swallowed
        // it: read again outside the cache so that the failure surfaces as AD0001, which the package
        // makes an error, instead of every model diagnostic silently vanishing.
        ModelReadResult result = context.TryGetValue(text, Reads, out ModelReadResult? cached) ? cached : ModelReader.Read(text.ToString());
        return new ModelFile(file, text, result);
    }
#pragma warning restore RS1012

    /// <summary>A place in the model as a Roslyn location, clamped to the text so a stale span cannot throw.</summary>
    public static Location LocationOf(AdditionalText file, SourceText text, ModelSpan span)
    {
        ModelSpan clamped = span.ClampedTo(text.Length);
        var lines = new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn));
        return Location.Create(file.Path, TextSpan.FromBounds(clamped.Start, clamped.End), lines);
    }

    public Location LocationOf(ModelSpan span) => LocationOf(File, Text, span);
}
