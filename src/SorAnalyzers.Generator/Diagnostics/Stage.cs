using System;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Diagnostics;

/// <summary>
/// The outcome of one step of the pipeline (plan, emit): its value, or nothing, with the problems to
/// report. Carries the model's path (not its length or spans, so that moving lines in the model leaves
/// the step unchanged) so that a failure is reported at the model's first line.
/// </summary>
internal sealed record Stage<T>(T? Value, string Path, EquatableArray<ModelProblem> Problems)
{
    public static Stage<T> Nothing { get; } = new(default, "", EquatableArray<ModelProblem>.Empty);

    public static Stage<T> Succeeded(T value, string path) => new(value, path, EquatableArray<ModelProblem>.Empty);

    public static Stage<T> Failed(string path, Exception exception)
        => new(default, path, new EquatableArray<ModelProblem>(new[] { ModelProblem.GenerationFailed(path, textLength: 0, exception) }));
}
