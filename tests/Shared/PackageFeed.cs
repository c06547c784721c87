using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace SorAnalyzers.Testing;

/// <summary>
/// Packs SorAnalyzers once for every test of a collection into a temporary folder feed, under a version no
/// earlier run used (a consumer's NuGet cache would otherwise serve a stale copy). Consumers restore from
/// that feed alone into a fresh NuGet cache folder, as a new machine would.
/// A test project that needs more packages in the feed (another vendor's, say) derives and passes
/// <c>alsoPack</c>: those packs run beside ours.
/// </summary>
/// <remarks>
/// The test project must reference src/SorAnalyzers.Package (ReferenceOutputAssembly=false,
/// SkipGetTargetFrameworkProperties=true) so that the test build has built it, and carry the
/// <c>Configuration</c> assembly metadata: the feed then only packs, without
/// restoring or building (a restore with another PackageVersion would rewrite every project's assets file).
/// </remarks>
public class PackageFeed : IDisposable
{
    public PackageFeed()
        : this(null)
    {
    }

    /// <param name="alsoPack">Packs more packages into <see cref="Feed"/> under <see cref="Version"/>, in parallel with ours.</param>
    protected PackageFeed(Func<PackageFeed, CommandResult>[]? alsoPack)
    {
        RepoRoot = RepoFiles.Root;
        string configuration = Metadata("Configuration");
        Root = Path.Combine(Path.GetTempPath(), "sor-package-tests", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}"[..24]);
        Feed = Path.Combine(Root, "feed");
        ConsumersRoot = Path.Combine(Root, "consumers");
        NuGetPackages = Path.Combine(Root, "nuget-packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(ConsumersRoot);
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}";

        // The consumers' nuget.config: this feed only, so a consumer's restore needs no network and
        // cannot pick a SorAnalyzers from anywhere else.
        File.WriteAllText(Path.Combine(ConsumersRoot, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="sor-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        try
        {
            PackTime = Pack(configuration, alsoPack ?? Array.Empty<Func<PackageFeed, CommandResult>>());
        }
        catch
        {
            Dispose(); // xunit does not dispose a fixture whose constructor threw
            throw;
        }

        PackagePath = Path.Combine(Feed, $"SorAnalyzers.{Version}.nupkg");
    }

    public string RepoRoot { get; }

    /// <summary>Everything this run writes: feed, consumers, NuGet cache. Deleted at the end.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string ConsumersRoot { get; }

    /// <summary>The consumers' NUGET_PACKAGES: empty at the start of every run.</summary>
    public string NuGetPackages { get; }

    public string Version { get; }

    public string PackagePath { get; }

    public TimeSpan PackTime { get; }

    /// <summary>The reference model, models/revops.sor.yaml.</summary>
    public string ReferenceModelPath => RepoFiles.Model("revops.sor.yaml");

    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = NuGetPackages,
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A compiler server may still hold a file for a moment; the folder is in the temp area anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }

        GC.SuppressFinalize(this);
    }

    private TimeSpan Pack(string configuration, Func<PackageFeed, CommandResult>[] alsoPack)
    {
        var stopwatch = Stopwatch.StartNew();
        Task<CommandResult>[] others = alsoPack.Select(pack => Task.Run(() => pack(this))).ToArray();
        CommandResult pack = DotnetCommand.Run(RepoRoot, null,
            "pack", Path.Combine(RepoRoot, "src", "SorAnalyzers.Package", "SorAnalyzers.Package.csproj"),
            "-c", configuration, "--no-build", "-p:BuildProjectReferences=false", "-o", Feed, $"-p:MinVerVersionOverride={Version}", "-tl:off", "-nodeReuse:false");
        Require(pack);
        foreach (Task<CommandResult> other in others)
        {
            Require(other.GetAwaiter().GetResult());
        }

        string package = Path.Combine(Feed, $"SorAnalyzers.{Version}.nupkg");
        if (!File.Exists(package))
        {
            throw new InvalidOperationException($"dotnet pack succeeded but wrote no {package}:\n{pack}");
        }

        CopyDependencies(RepoRoot, Feed);
        return stopwatch.Elapsed;
    }

    // The package's dependencies (the runtime's: logging abstractions, TimeProvider on netstandard2.0) and
    // theirs, as nuget.org would serve them: the .nupkg files the package project restored, by its assets file.
    internal static void CopyDependencies(string repoRoot, string feed)
    {
        string assets = Path.Combine(repoRoot, "src", "SorAnalyzers.Package", "obj", "project.assets.json");
        using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(assets));
        string folder = document.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
        foreach (System.Text.Json.JsonProperty library in document.RootElement.GetProperty("libraries").EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() != "package")
            {
                continue;
            }

            string path = library.Value.GetProperty("path").GetString()!;
            string nupkg = Path.Combine(folder, path, path.Replace('/', '.') + ".nupkg");
            File.Copy(nupkg, Path.Combine(feed, Path.GetFileName(nupkg)), overwrite: true);
        }
    }

    private static void Require(CommandResult result)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing for the package tests failed:\n" + result);
        }
    }

    private static string Metadata(string key)
        => typeof(PackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"No {key} metadata on the test assembly");
}
