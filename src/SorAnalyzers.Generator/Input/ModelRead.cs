using System;
using System.Linq;
using SorAnalyzers.Generator.Diagnostics;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.Generator.Input;

/// <summary>
/// The project's model as read by the generator: the valid parts as a model (null when nothing usable
/// could be read), and the problems the generator reports (the model's errors, or its own failure).
/// </summary>
internal sealed record ModelRead(string Path, int TextLength, OwnershipModel? Model, EquatableArray<ModelProblem> Problems)
{
    /// <summary>The project's model files read as one model; null when it has none (or none is readable).</summary>
    public static ModelRead? Of(EquatableArray<ModelText> texts)
    {
        ModelText[] readable = texts.Where(t => t.Text is not null).ToArray();
        if (readable.Length == 0)
        {
            return null;
        }

        // A failure of the whole read is reported at the first file, where the model's first line is.
        string firstPath = readable[0].Path;
        int firstLength = readable[0].Text!.Length;
        try
        {
            ModelReadResult result = ModelReadCache.Read(readable.Select(t => t.ToSource()).ToList());
            return new ModelRead(
                firstPath,
                firstLength,
                result.Model,
                result.Diagnostics.Where(d => d.ReportedByGenerator).Select(d => ModelProblem.From(d, result)).ToEquatableArray());
        }
        catch (Exception e) when (GenerationFailure.IsReportable(e))
        {
            return new ModelRead(firstPath, firstLength, null, new EquatableArray<ModelProblem>(new[] { ModelProblem.GenerationFailed(firstPath, firstLength, e) }));
        }
    }

    public LocatedModel? Located => Model is null ? null : new LocatedModel(Path, Model);
}

/// <summary>A usable model and the file it came from (where a failure to plan or emit it is reported).</summary>
internal sealed record LocatedModel(string Path, OwnershipModel Model);
