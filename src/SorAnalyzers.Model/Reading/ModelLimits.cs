namespace SorAnalyzers.Model.Reading;

/// <summary>
/// Bounds that keep a hostile or accidental model from hanging the compiler or exhausting memory.
/// A real ownership model is a few hundred lines; these are orders of magnitude above that.
/// </summary>
public sealed record ModelLimits(int MaxCharacters, int MaxDepth, long MaxExpandedNodes)
{
    public static ModelLimits Default { get; } = new(MaxCharacters: 2 * 1024 * 1024, MaxDepth: 32, MaxExpandedNodes: 200_000);
}
