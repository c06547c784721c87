using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SorAnalyzers.CodeFixes;

/// <summary>The project's model as an additional document: the first <c>*.sor.yaml</c> by path, as the analyzers choose it.</summary>
internal static class ModelDocument
{
    public static TextDocument? Find(Project project)
        => project.AdditionalDocuments
            .Where(d => d.FilePath is { } path && path.EndsWith(".sor.yaml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(d => d.FilePath, StringComparer.Ordinal)
            .FirstOrDefault();
}
