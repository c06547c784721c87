using System.Collections.Immutable;
using System.Linq;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Input;

/// <summary>The text of one <c>*.sor.yaml</c> additional file; compares by path and content.</summary>
internal sealed record ModelText(string Path, string? Text)
{
    /// <summary>
    /// The model the project uses: the first by ordinal path, as the analyzers choose it (they report
    /// SOR0031 on the others).
    /// </summary>
    public static ModelText? First(ImmutableArray<ModelText> texts)
        => ModelFileName.InOrderOfUse(texts, t => t.Path).FirstOrDefault();
}
