using System.IO;
using System.Linq;
using System.Reflection;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// Where the benchmark inputs are. The paths are baked into the assembly at build time, because
/// BenchmarkDotNet runs each benchmark in a child process whose working folder is its own.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = Metadata("RepoRoot");

    public static string InRepo(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    /// <summary>The C# analyzer folder of the Microsoft.CodeAnalysis.BannedApiAnalyzers package in the NuGet cache.</summary>
    public static string BannedApiAnalyzers { get; } = Path.Combine(Metadata("BannedApiAnalyzersPackage"), "analyzers", "dotnet", "cs");

    private static string Metadata(string key) => typeof(RepoPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
