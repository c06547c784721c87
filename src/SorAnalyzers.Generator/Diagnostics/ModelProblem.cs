using SorAnalyzers.Model;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Reading;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Generator.Diagnostics;

/// <summary>
/// A diagnostic the generator reports, as a pipeline value: the rule, the model file and the place in it,
/// and the message's arguments. Strings and spans only (no Roslyn Location), so it compares by value and
/// a run whose problems did not change reports from the cache.
/// </summary>
internal sealed record ModelProblem(
    ModelRule Rule,
    string Path,
    int TextLength,
    ModelSpan Span,
    EquatableArray<string> Arguments,
    ModelSpan? RelatedSpan,
    string? RelatedPath = null,
    int RelatedTextLength = 0)
{
    /// <summary>A diagnostic of a model read from one or more files: each place in the file it names.</summary>
    public static ModelProblem From(ModelDiagnostic diagnostic, ModelReadResult read)
    {
        ModelSource? at = read.SourceOf(diagnostic.Span);
        ModelSource? related = diagnostic.RelatedSpan is { } r ? read.SourceOf(r) : null;
        return new(
            diagnostic.Rule,
            at?.Path ?? "",
            at?.Text.Length ?? 0,
            diagnostic.Span,
            diagnostic.Arguments,
            diagnostic.RelatedSpan,
            related?.Path,
            related?.Text.Length ?? 0);
    }

    /// <summary>A failure of the generator itself, at the model's first line: it names the kind of failure, never its internal message.</summary>
    public static ModelProblem GenerationFailed(string path, int textLength, System.Exception exception)
        => new(ModelRules.GenerationFailed, path, textLength, ModelSpan.None, new EquatableArray<string>(new[] { Describe(exception) }), null);

    private static string Describe(System.Exception exception) => exception switch
    {
        System.OutOfMemoryException => "it ran out of memory",
        System.InsufficientExecutionStackException or System.StackOverflowException => "the model is nested too deeply to process",
        _ => "an unexpected " + exception.GetType().Name,
    };
}
