using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Package.Tests;

/// <summary>
/// The package tests' feed: SorAnalyzers, together with two packages of another vendor's generator
/// that bundle other YamlDotNet versions.
/// </summary>
public sealed class PeerPackageFeed : PackageFeed
{
    /// <summary>YamlDotNet versions bundled by the peer generator packages, around ours (16.x).</summary>
    public static readonly IReadOnlyList<string> PeerYamlDotNetVersions = new[] { "13.7.1", "18.1.0" };

    public PeerPackageFeed()
        : base(PeerYamlDotNetVersions.Select(v => (Func<PackageFeed, CommandResult>)(feed => PackPeer(feed, v))).ToArray())
    {
    }

    public static string PeerPackageId(string yamlDotNetVersion) => "PeerYamlGenerator.Yaml" + yamlDotNetVersion.Split('.')[0];

    // The peer generator is built outside the repository (no central package management there), with the
    // machine's usual NuGet cache and sources: it is a vendor's package, not what is under test.
    private static CommandResult PackPeer(PackageFeed feed, string yamlDotNetVersion)
    {
        string folder = Path.Combine(feed.Root, "peers", yamlDotNetVersion);
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.GetFiles(Path.Combine(feed.RepoRoot, "tests", "SorAnalyzers.Package.Tests", "Peer")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return DotnetCommand.Run(folder, null,
            "pack", "-c", "Release", "-o", feed.Feed, "-tl:off", "-nodeReuse:false",
            $"-p:PeerYamlDotNetVersion={yamlDotNetVersion}", $"-p:PackageId={PeerPackageId(yamlDotNetVersion)}", $"-p:PackageVersion={feed.Version}");
    }
}

/// <summary>All package tests share one pack, and run one after another: each starts builds that use both cores.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PeerPackageFeed>
{
    public const string Name = "package";
}
