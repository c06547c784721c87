using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using SorAnalyzers.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SorAnalyzers.Package.Tests;

/// <summary>The .nupkg itself, file by file: what the compiler loads, what the consumer references, and the metadata.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PackageLayoutTests
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    /// <summary>The recorded layout: a mismatch writes package-layout.received.txt beside it; rename it to approve.</summary>
    private const string LayoutManifest = "package-layout.approved.txt";

    private readonly PeerPackageFeed feed;
    private readonly ITestOutputHelper output;

    public PackageLayoutTests(PeerPackageFeed feed, ITestOutputHelper output)
    {
        this.feed = feed;
        this.output = output;
    }

    [Fact]
    public void The_package_layout_is_the_recorded_one()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);

        // The OPC bookkeeping that every .nupkg has is not ours to record.
        string[] files = package.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
                && !name.StartsWith("package/services/", StringComparison.Ordinal)
                && name != "[Content_Types].xml")
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

        string folder = Path.Combine(feed.RepoRoot, "tests", "SorAnalyzers.Package.Tests");
        string approvedPath = Path.Combine(folder, LayoutManifest);
        string receivedPath = Path.Combine(folder, "package-layout.received.txt");
        string[] approvedLines = File.ReadAllLines(approvedPath);
        string[] recorded = approvedLines.Where(line => line.Length > 0 && !line.StartsWith('#')).ToArray();
        File.Delete(receivedPath);
        if (!recorded.SequenceEqual(files))
        {
            File.WriteAllLines(receivedPath, approvedLines.TakeWhile(line => line.StartsWith('#')).Concat(files));
        }

        Assert.True(recorded.SequenceEqual(files),
            $"The package layout changed. Missing: {string.Join(", ", recorded.Except(files))}; new: {string.Join(", ", files.Except(recorded))}. "
            + $"If intended, approve it: rename {receivedPath} to {LayoutManifest}.");
        Assert.Contains("analyzers/dotnet/cs/SorAnalyzers.Generator.dll", files);
        output.WriteLine($"{Path.GetFileName(feed.PackagePath)}: packed, with the peer packages, in {feed.PackTime.TotalSeconds:0.0} s");
    }

    [Fact]
    public void The_nuspec_has_the_metadata_and_only_the_runtimes_dependencies()
    {
        XElement metadata = Nuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal("SorAnalyzers", Value("id"));
        Assert.Equal(feed.Version, Value("version"));
        XElement license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("ownership model", Value("description"), StringComparison.Ordinal);
        Assert.Contains("analyzer", Value("tags").Split(' '));
        Assert.Contains("source-generator", Value("tags").Split(' '));

        // YamlDotNet and Roslyn travel inside analyzers/, the runtime is this package's lib/: a consumer
        // gets only the runtime's two dependencies (logging abstractions; TimeProvider where the framework lacks it).
        var groups = metadata.Descendants().Where(e => e.Name.LocalName == "group").ToDictionary(
            g => g.Attribute("targetFramework")!.Value,
            g => g.Elements().Select(d => $"{d.Attribute("id")!.Value} {d.Attribute("version")!.Value}").OrderBy(d => d, StringComparer.Ordinal).ToArray());
        Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, groups.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(new[] { "Microsoft.Bcl.TimeProvider 8.0.1", "Microsoft.Extensions.Logging.Abstractions 8.0.0" }, groups[".NETStandard2.0"]);
        Assert.Equal(new[] { "Microsoft.Extensions.Logging.Abstractions 8.0.0" }, groups["net8.0"]);
    }

    [Fact]
    public void The_package_carries_its_licence_and_a_notice_for_every_third_party_assembly_it_bundles()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);
        string licence = Text(package, "LICENSE");
        Assert.StartsWith("MIT License", licence, StringComparison.Ordinal); // what the nuspec declares
        string notices = Text(package, "THIRD-PARTY-NOTICES.md");

        string[] thirdParty = package.Entries.Select(e => e.FullName)
            .Where(name => name.EndsWith(".dll", StringComparison.Ordinal) && !Path.GetFileName(name).StartsWith("SorAnalyzers.", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(thirdParty);
        foreach (string assembly in thirdParty)
        {
            string name = Path.GetFileNameWithoutExtension(assembly);
            Assert.True(notices.Contains("## " + name, StringComparison.Ordinal), $"THIRD-PARTY-NOTICES.md has no section for {assembly}");
        }
    }

    [Fact]
    public void The_compiler_assemblies_are_built_against_Roslyn_4_8_so_the_NET_8_SDK_loads_them()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);
        var maximum = new Version(4, 8, 0, 0);
        foreach (string name in new[] { "SorAnalyzers.Generator.dll", "SorAnalyzers.Analyzers.dll", "SorAnalyzers.CodeFixes.dll" })
        {
            Dictionary<string, Version> references = AssemblyReferences(package, AnalyzerFolder + name);
            Assert.True(references.ContainsKey("Microsoft.CodeAnalysis"), $"{name} does not reference Microsoft.CodeAnalysis");
            foreach ((string reference, Version version) in references.Where(r => r.Key.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)))
            {
                Assert.True(version <= maximum, $"{name} references {reference} {version}, newer than {maximum}");
            }
        }
    }

    [Fact]
    public void The_bundled_YamlDotNet_is_the_one_the_model_was_built_against()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);
        Version wanted = AssemblyReferences(package, AnalyzerFolder + "SorAnalyzers.Model.dll")["YamlDotNet"];
        Version bundled = AssemblyVersion(package, AnalyzerFolder + "YamlDotNet.dll");
        Assert.Equal(wanted, bundled);
    }

    [Fact]
    public void The_packed_build_files_are_the_ones_in_the_repository()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);
        foreach (string name in new[] { "SorAnalyzers.props", "SorAnalyzers.targets" })
        {
            string repository = File.ReadAllText(Path.Combine(feed.RepoRoot, "src", "SorAnalyzers.Package", "buildTransitive", name));
            using var reader = new StreamReader(package.GetEntry("buildTransitive/" + name)!.Open());
            Assert.Equal(repository, reader.ReadToEnd());
        }
    }

    private XDocument Nuspec()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);
        using Stream stream = package.GetEntry("SorAnalyzers.nuspec")!.Open();
        return XDocument.Load(stream);
    }

    private static Dictionary<string, Version> AssemblyReferences(ZipArchive package, string entry)
    {
        using PEReader pe = Open(package, entry);
        MetadataReader metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(metadata.GetAssemblyReference)
            .ToDictionary(r => metadata.GetString(r.Name), r => r.Version);
    }

    private static Version AssemblyVersion(ZipArchive package, string entry)
    {
        using PEReader pe = Open(package, entry);
        return pe.GetMetadataReader().GetAssemblyDefinition().Version;
    }

    private static PEReader Open(ZipArchive package, string entry)
    {
        var bytes = new MemoryStream();
        using (Stream stream = package.GetEntry(entry)!.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        return new PEReader(bytes);
    }

    private static string Text(ZipArchive package, string entry)
    {
        using var reader = new StreamReader(package.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}
