using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Analyzers.Model;

/// <summary>
/// The project's ownership model as the analyzers see it: every <c>*.sor.yaml</c> additional file, read
/// as one model. Read once per set of texts: a model of one file is cached by its <see cref="SourceText"/>
/// (so every analyzer and every compilation that sees the same text shares one read); a model of several
/// files by the first file's text, checked against the others'.
/// </summary>
internal sealed class ModelFile
{
    private static readonly SourceTextValueProvider<ModelReadResult> Reads =
        new(text => ModelReader.Read(text.ToString()));

    private static readonly ConditionalWeakTable<SourceText, SplitRead> SplitReads = new();

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

        ModelReadResult result = files.Count == 1
            ? ReadOne(context, texts[0])
            : ReadSplit(files.ToImmutable(), texts.ToImmutable());
        return new ModelFile(files.ToImmutable(), texts.ToImmutable(), result);
    }

    private static ModelReadResult ReadOne(CompilationStartAnalysisContext context, SourceText text)
    {
        // TryGetValue is false when the read threw (YamlDotNet could not load, say) and Roslyn swallowed
        // it: read again outside the cache so that the failure surfaces as AD0001, which the package
        // makes an error, instead of every model diagnostic silently vanishing.
        // The result's Sources stay empty (the text is the cache's key, not its path): places are mapped
        // to files by Files and Texts here.
        return context.TryGetValue(text, Reads, out ModelReadResult? cached) ? cached : ModelReader.Read(text.ToString());
    }
#pragma warning restore RS1012

    private static ModelReadResult ReadSplit(ImmutableArray<AdditionalText> files, ImmutableArray<SourceText> texts)
    {
        SplitRead read = SplitReads.GetValue(texts[0], _ => new SplitRead());
        lock (read)
        {
            if (read.Result is null || !read.Texts.SequenceEqual(texts) || !read.Paths.SequenceEqual(files.Select(f => f.Path)))
            {
                read.Result = ModelReader.Read(files.Select((f, i) => new ModelSource(f.Path, texts[i].ToString())));
                read.Texts = texts;
                read.Paths = files.Select(f => f.Path).ToImmutableArray();
            }

            return read.Result;
        }
    }

    /// <summary>The file a place in the model is in.</summary>
    public AdditionalText FileOf(ModelSpan span) => Files[span.Source >= 0 && span.Source < Files.Length ? span.Source : 0];

    /// <summary>A place in the model as a Roslyn location, in its own file, clamped to the text so a stale span cannot throw.</summary>
    public Location LocationOf(ModelSpan span)
    {
        int source = span.Source >= 0 && span.Source < Files.Length ? span.Source : 0;
        return LocationOf(Files[source], Texts[source], span);
    }

    /// <summary>A place in one model file as a Roslyn location, clamped to the text so a stale span cannot throw.</summary>
    public static Location LocationOf(AdditionalText file, SourceText text, ModelSpan span)
    {
        ModelSpan clamped = span.ClampedTo(text.Length);
        var lines = new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn));
        return Location.Create(file.Path, TextSpan.FromBounds(clamped.Start, clamped.End), lines);
    }

    /// <summary>The last read of a model of several files whose first file has a given text.</summary>
    private sealed class SplitRead
    {
        public ImmutableArray<SourceText> Texts { get; set; } = ImmutableArray<SourceText>.Empty;

        public ImmutableArray<string> Paths { get; set; } = ImmutableArray<string>.Empty;

        public ModelReadResult? Result { get; set; }
    }
}
