namespace SorAnalyzers.Model.Reading;

/// <summary>
/// Bounds that keep a hostile or accidental model from hanging the compiler or exhausting memory.
/// A real ownership model is a few hundred lines; these are orders of magnitude above that.
/// </summary>
/// <remarks>Every limit and the figure it allows is listed in docs/model-format.md (SOR0006).</remarks>
public sealed record ModelLimits(int MaxCharacters, int MaxDepth, long MaxExpandedNodes, long MaxAliasedCharacters)
{
    public static ModelLimits Default { get; } = new(
        MaxCharacters: 2 * 1024 * 1024,
        MaxDepth: 32,
        MaxExpandedNodes: 200_000,
        MaxAliasedCharacters: 2 * 1024 * 1024);
}
