using System.IO;
using System.Linq;
using System.Reflection;

namespace SorAnalyzers.Generator.Tests;

/// <summary>Finds files of the repository (it needs nothing beside it).</summary>
internal static class RepoFiles
{
    public static string Root { get; } = typeof(RepoFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    /// <summary>A reference model under models/, by file name.</summary>
    public static string Model(string fileName) => InRepo("models/" + fileName);

    public static string InRepo(string relative) => Path.GetFullPath(Path.Combine(Root, relative));
}
