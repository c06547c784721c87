using System;
using System.Collections.Generic;
using System.Linq;

namespace SorAnalyzers.Model;

/// <summary>
/// Which files are ownership models, and which one a project uses when it has several. One rule for the
/// generator, the analyzers and the code fixes: they must all pick the same file (the analyzers report
/// SOR0031 on the others).
/// </summary>
public static class ModelFileName
{
    public const string Extension = ".sor.yaml";

    public static bool IsModel(string? path) => path is not null && path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The models among <paramref name="items"/>, the one in use first: ordered by path, ordinal.</summary>
    public static IEnumerable<T> InOrderOfUse<T>(IEnumerable<T> items, Func<T, string?> pathOf)
        => items.Where(item => IsModel(pathOf(item))).OrderBy(pathOf, StringComparer.Ordinal);
}
