using System;
using System.Collections.Generic;
using System.Linq;

namespace SorAnalyzers.Model;

/// <summary>
/// Which files are ownership models, and the order in which a project's model files are read as one
/// model. One rule for the generator, the analyzers, the code fixes and the CLI.
/// </summary>
public static class ModelFileName
{
    public const string Extension = ".sor.yaml";

    public static bool IsModel(string? path) => path is not null && path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The model files among <paramref name="items"/>, in the order they are read: by path, ordinal.</summary>
    public static IEnumerable<T> InOrderOfUse<T>(IEnumerable<T> items, Func<T, string?> pathOf)
        => items.Where(item => IsModel(pathOf(item))).OrderBy(pathOf, StringComparer.Ordinal);
}
