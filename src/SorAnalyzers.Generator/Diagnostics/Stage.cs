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

    /// <summary>
    /// The step's work at the model <paramref name="path"/>: its value, or a failure reported as SOR0034 at the model
    /// (<see cref="GenerationFailure.IsReportable"/>), never swallowed.
    /// </summary>
    public static Stage<T> Run(string path, Func<T> work)
    {
        try
        {
            return Succeeded(work(), path);
        }
        catch (Exception e) when (GenerationFailure.IsReportable(e))
        {
            return Failed(path, e);
        }
    }

    public static Stage<T> Failed(string path, Exception exception)
        => new(default, path, new EquatableArray<ModelProblem>(new[] { ModelProblem.GenerationFailed(path, textLength: 0, exception) }));
}
