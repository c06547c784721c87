using System;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Diagnostics;

/// <summary>
/// The outcome of one step of the pipeline (plan, emit): its value, or nothing, with the problems to
/// report. Carries the model's path so that a failure is reported at the model.
/// </summary>
internal sealed record Stage<T>(T? Value, string Path, int TextLength, EquatableArray<ModelProblem> Problems)
{
    public static Stage<T> Nothing { get; } = new(default, "", 0, EquatableArray<ModelProblem>.Empty);

    public static Stage<T> Failed(string path, int textLength, Exception exception)
        => new(default, path, textLength, new EquatableArray<ModelProblem>(new[] { ModelProblem.GenerationFailed(path, textLength, exception) }));
}
