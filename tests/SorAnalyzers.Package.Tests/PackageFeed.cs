using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Package.Tests;

/// <summary>
/// Packs SorAnalyzers once for every test of the collection, into a temporary folder feed, under a
/// version no earlier run used (a consumer's NuGet cache would otherwise serve a stale copy), together
/// with two packages of another vendor's generator that bundle other YamlDotNet versions.
/// Consumers restore from that feed alone into a fresh NuGet cache folder, as a new machine would.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    /// <summary>YamlDotNet versions bundled by the peer generator packages, around ours (16.x).</summary>
    public static readonly IReadOnlyList<string> PeerYamlDotNetVersions = new[] { "13.7.1", "18.1.0" };

    public PackageFeed()
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

        // The test build has built the package project (see the csproj): packing is then a few seconds.
        try
        {
            PackTime = Pack(configuration);
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

    public static string PeerPackageId(string yamlDotNetVersion) => "PeerYamlGenerator.Yaml" + yamlDotNetVersion.Split('.')[0];

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
    }

    private TimeSpan Pack(string configuration)
    {
        var stopwatch = Stopwatch.StartNew();
        Task<CommandResult>[] peers = PeerYamlDotNetVersions.Select(v => Task.Run(() => PackPeer(v))).ToArray();
        CommandResult pack = DotnetCommand.Run(RepoRoot, null,
            "pack", Path.Combine(RepoRoot, "src", "SorAnalyzers.Package", "SorAnalyzers.Package.csproj"),
            "-c", configuration, "--no-build", "-p:BuildProjectReferences=false", "-o", Feed, $"-p:MinVerVersionOverride={Version}", "-tl:off", "-nodeReuse:false");
        Require(pack);
        foreach (Task<CommandResult> peer in peers)
        {
            Require(peer.GetAwaiter().GetResult());
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

    // The peer generator is built outside the repository (no central package management there), with the
    // machine's usual NuGet cache and sources: it is a vendor's package, not what is under test.
    private CommandResult PackPeer(string yamlDotNetVersion)
    {
        string folder = Path.Combine(Root, "peers", yamlDotNetVersion);
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.GetFiles(Path.Combine(RepoRoot, "tests", "SorAnalyzers.Package.Tests", "Peer")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return DotnetCommand.Run(folder, null,
            "pack", "-c", "Release", "-o", Feed, "-tl:off", "-nodeReuse:false",
            $"-p:PeerYamlDotNetVersion={yamlDotNetVersion}", $"-p:PackageId={PeerPackageId(yamlDotNetVersion)}", $"-p:PackageVersion={Version}");
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

/// <summary>All package tests share one pack, and run one after another: each starts builds that use both cores.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "package";
}
