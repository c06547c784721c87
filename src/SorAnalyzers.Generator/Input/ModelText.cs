using System;
using System.Collections.Immutable;
using System.Linq;

namespace SorAnalyzers.Generator.Input;

/// <summary>The text of one <c>*.sor.yaml</c> additional file; compares by path and content.</summary>
internal sealed record ModelText(string Path, string? Text)
{
    public static bool IsModelPath(string path) => path.EndsWith(".sor.yaml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The model the project uses: the first by ordinal path, as the analyzers choose it (they report
    /// SOR0031 on the others).
    /// </summary>
    public static ModelText? First(ImmutableArray<ModelText> texts)
        => texts.OrderBy(t => t.Path, StringComparer.Ordinal).FirstOrDefault();
}
