using System.IO;
using System.Linq;
using System.Reflection;

namespace SorAnalyzers.Testing;

/// <summary>
/// Finds files of the repository, which needs nothing beside it. The root is baked into every test
/// assembly at build time (tests/Directory.Build.targets), so a test finds it from any working folder.
/// </summary>
public static class RepoFiles
{
    public static string Root { get; } = typeof(RepoFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string InRepo(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    /// <summary>A reference model under models/, by file name (revops.sor.yaml, people-finance.sor.yaml).</summary>
    public static string Model(string fileName) => InRepo("models/" + fileName);

    /// <summary>The RevOps sample project's folder.</summary>
    public static string Sample { get; } = InRepo("samples/RevOps.Integrations");
}
