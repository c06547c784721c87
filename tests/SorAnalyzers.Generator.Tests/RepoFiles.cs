using System.IO;
using System.Linq;
using System.Reflection;

namespace SorAnalyzers.Generator.Tests;

/// <summary>Finds files of the repository and of ../shared beside it.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = typeof(RepoFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string Shared(string relative) => Path.GetFullPath(Path.Combine(Root, "..", "shared", relative));

    public static string InRepo(string relative) => Path.GetFullPath(Path.Combine(Root, relative));
}
