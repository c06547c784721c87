using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.CodeFixes;

/// <summary>
/// The project's model as additional documents: every <c>*.sor.yaml</c>, in the reader's order, so that a
/// place in the model (<see cref="Model.Text.ModelSpan.Source"/>) names the document it is in.
/// </summary>
internal sealed class ModelDocument
{
    private ModelDocument(IReadOnlyList<TextDocument> documents, IReadOnlyList<SourceText> texts, ModelReadResult read)
    {
        Documents = documents;
        Texts = texts;
        Read = read;
    }

    public IReadOnlyList<TextDocument> Documents { get; }

    public IReadOnlyList<SourceText> Texts { get; }

    public ModelReadResult Read { get; }

    public static bool Exists(Project project) => All(project).Any();

    /// <summary>The model's documents, read as one model; null when the project has none.</summary>
    public static async Task<ModelDocument?> LoadAsync(Project project, CancellationToken cancellationToken)
    {
        List<TextDocument> documents = All(project).ToList();
        if (documents.Count == 0)
        {
            return null;
        }

        var texts = new List<SourceText>(documents.Count);
        foreach (TextDocument document in documents)
        {
            texts.Add(await document.GetTextAsync(cancellationToken).ConfigureAwait(false));
        }

        // The analyzers read the same files through the shared cache: the fix finds their read there.
        ModelReadResult read = ModelReadCache.Read(documents.Select((d, i) => new ModelSource(d.FilePath ?? d.Name, texts[i].ToString())).ToList());
        return new ModelDocument(documents, texts, read);
    }

    /// <summary>The document and text a place in the model is in.</summary>
    public (TextDocument Document, SourceText Text) At(Model.Text.ModelSpan span)
    {
        int source = span.SourceIn(Documents.Count);
        return (Documents[source], Texts[source]);
    }

    // The reader orders its sources by path, ordinal: so does this, so that indexes agree.
    private static IEnumerable<TextDocument> All(Project project)
        => ModelFileName.InOrderOfUse(project.AdditionalDocuments, d => d.FilePath ?? d.Name);
}
