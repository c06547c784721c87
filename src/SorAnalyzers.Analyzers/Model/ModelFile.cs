using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Analyzers.Model;

/// <summary>
/// The project's ownership model as the analyzers see it: every <c>*.sor.yaml</c> additional file, read
/// as one model. Read once per set of files (paths and texts) through <see cref="ModelReadCache"/>, which
/// the generator shares: every analyzer, the generator and every compilation that sees the same files
/// share one read, and so do the builds that follow in the same compiler server.
/// </summary>
internal sealed class ModelFile
{
    private ModelFile(ImmutableArray<AdditionalText> files, ImmutableArray<SourceText> texts, ModelReadResult result)
    {
        Files = files;
        Texts = texts;
        Result = result;
    }

    /// <summary>The model's files, in the reader's order (<see cref="ModelSpan.Source"/> indexes them).</summary>
    public ImmutableArray<AdditionalText> Files { get; }

    public ImmutableArray<SourceText> Texts { get; }

    public ModelReadResult Result { get; }

    public static bool IsModel(AdditionalText file) => ModelFileName.IsModel(file.Path);

    /// <summary>All model files, in the reader's order: by path, ordinal.</summary>
    public static ImmutableArray<AdditionalText> Candidates(AnalyzerOptions options)
        => ModelFileName.InOrderOfUse(options.AdditionalFiles, f => f.Path).ToImmutableArray();

    /// <summary>The project's model, read from all its files, or null when it has none.</summary>
#pragma warning disable RS1012 // a loader: the caller registers the actions
    public static ModelFile? Load(CompilationStartAnalysisContext context)
    {
        var files = ImmutableArray.CreateBuilder<AdditionalText>();
        var texts = ImmutableArray.CreateBuilder<SourceText>();
        foreach (AdditionalText file in Candidates(context.Options))
        {
            if (file.GetText(context.CancellationToken) is { } text)
            {
                files.Add(file);
                texts.Add(text);
            }
        }

        if (files.Count == 0)
        {
            return null;
        }

        // A read that throws (YamlDotNet could not load, say) is not cached and surfaces as AD0001, which
        // the package makes an error, instead of every model diagnostic silently vanishing.
        ModelReadResult result = ModelReadCache.Read(files.Select((f, i) => new ModelSource(f.Path, texts[i].ToString())).ToList());
        return new ModelFile(files.ToImmutable(), texts.ToImmutable(), result);
    }
#pragma warning restore RS1012

    /// <summary>A place in the model as a Roslyn location, in its own file, clamped to the text so a stale span cannot throw.</summary>
    public Location LocationOf(ModelSpan span)
    {
        int source = span.SourceIn(Files.Length);
        return LocationOf(Files[source], Texts[source], span);
    }

    /// <summary>A place in one model file as a Roslyn location, clamped to the text so a stale span cannot throw.</summary>
    public static Location LocationOf(AdditionalText file, SourceText text, ModelSpan span)
    {
        ModelSpan clamped = span.ClampedTo(text.Length);
        var lines = new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn));
        return Location.Create(file.Path, TextSpan.FromBounds(clamped.Start, clamped.End), lines);
    }
}
