using System;
using System.Linq;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Reading;

/// <summary>
/// The outcome of reading a model: the valid parts as a model (null when nothing usable could be read: a
/// syntax error, an empty file, an unsupported version), every problem found, and the files it was read
/// from in the order <see cref="ModelSpan.Source"/> numbers them (by path, ordinal).
/// </summary>
public sealed record ModelReadResult(OwnershipModel? Model, EquatableArray<ModelDiagnostic> Diagnostics, EquatableArray<ModelSource> Sources)
{
    public ModelReadResult(OwnershipModel? model, EquatableArray<ModelDiagnostic> diagnostics)
        : this(model, diagnostics, EquatableArray<ModelSource>.Empty)
    {
    }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == ModelSeverity.Error);

    /// <summary>The file a place is in (the first file for a span of an unknown file).</summary>
    public ModelSource? SourceOf(ModelSpan span)
        => Sources.Count == 0 ? null : Sources[span.SourceIn(Sources.Count)];

    /// <summary>The path of the file a place is in, or <paramref name="fallback"/> when the model was read from a bare text.</summary>
    public string PathOf(ModelSpan span, string fallback = "")
        => SourceOf(span)?.Path is { Length: > 0 } path ? path : fallback;
}
