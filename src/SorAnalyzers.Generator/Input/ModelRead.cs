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
    public static ModelRead? Of(ModelText? text)
    {
        if (text?.Text is not { } content)
        {
            return null;
        }

        try
        {
            ModelReadResult result = ModelReadCache.Read(content);
            return new ModelRead(
                text.Path,
                content.Length,
                result.Model,
                result.Diagnostics.Where(d => d.ReportedByGenerator).Select(d => ModelProblem.From(d, text.Path, content.Length)).ToEquatableArray());
        }
        catch (Exception e) when (GenerationFailure.IsReportable(e))
        {
            return new ModelRead(text.Path, content.Length, null, new EquatableArray<ModelProblem>(new[] { ModelProblem.GenerationFailed(text.Path, content.Length, e) }));
        }
    }

    public LocatedModel? Located => Model is null ? null : new LocatedModel(Path, Model);
}

/// <summary>A usable model and the file it came from (where a failure to plan or emit it is reported).</summary>
internal sealed record LocatedModel(string Path, OwnershipModel Model);
