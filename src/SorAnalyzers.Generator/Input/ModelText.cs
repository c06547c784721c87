using System.Collections.Immutable;
using System.Linq;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.Generator.Input;

/// <summary>The text of one <c>*.sor.yaml</c> additional file; compares by path and content.</summary>
internal sealed record ModelText(string Path, string? Text)
{
    /// <summary>
    /// The project's model files, which together form its model, in the order the reader takes them (by
    /// path, ordinal). Compares by value, so an unchanged set of files leaves the pipeline cached.
    /// </summary>
    public static EquatableArray<ModelText> All(ImmutableArray<ModelText> texts)
        => ModelFileName.InOrderOfUse(texts, t => t.Path).ToEquatableArray();

    /// <summary>The content hash the generated API's marker records: of the one text, or of every file in order.</summary>
    public static string? HashOf(EquatableArray<ModelText> texts)
        => texts.Count == 0 || texts.Any(t => t.Text is null)
            ? null
            : ModelContentHash.OfFiles(texts.Select(t => t.Text!).ToList());

    public ModelSource ToSource() => new(Path, Text ?? string.Empty);
}

/// <summary>The project's model files as one step of the pipeline (a record: see the pipeline's note on value types).</summary>
internal sealed record ModelTexts(EquatableArray<ModelText> Files);
