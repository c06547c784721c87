using System.Linq;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Model;

namespace SorAnalyzers.CodeFixes;

/// <summary>The project's model as an additional document: the first <c>*.sor.yaml</c> by path, as the analyzers choose it.</summary>
internal static class ModelDocument
{
    public static TextDocument? Find(Project project)
        => ModelFileName.InOrderOfUse(project.AdditionalDocuments, d => d.FilePath).FirstOrDefault();
}
