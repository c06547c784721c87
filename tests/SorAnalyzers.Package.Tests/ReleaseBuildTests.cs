using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SorAnalyzers.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SorAnalyzers.Package.Tests;

/// <summary>
/// The release build as CI makes it, from the committed HEAD (uncommitted changes are not in a clone):
/// two <c>git clone</c>s of this repository into different temporary folders, each tagged as a release
/// and given GitHub as origin (what a tag checkout on GitHub has), each packed in Release.
/// One test, since each pack builds every shipped project: its assertions share the two packs.
/// </summary>
[Collection(ReleaseBuildCollection.Name)]
public sealed class ReleaseBuildTests : IDisposable
{
    private const string ReleaseTag = "v99.1.2";
    private const string ReleaseVersion = "99.1.2";
    private const string GitHubRepository = "https://github.com/soranalyzers/soranalyzers";

    private readonly ITestOutputHelper output;
    private readonly string root;
    private readonly string repoRoot;

    public ReleaseBuildTests(ITestOutputHelper output)
    {
        this.output = output;
        repoRoot = RepoFiles.Root;
        root = Path.Combine(Path.GetTempPath(), "sor-release-tests", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(root);
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public void Two_clones_of_one_tagged_commit_pack_identical_traceable_DLLs_with_the_tag_as_version()
    {
        // Different folder names and depths: any absolute path that leaks would differ between the two.
        string first = Clone(Path.Combine(root, "a"));
        string second = Clone(Path.Combine(root, "second", "checkout"));
        string commit = Git.Run(first, "rev-parse", "HEAD").Trim();

        string firstPackage = Pack(first, "src/SorAnalyzers.Package/SorAnalyzers.Package.csproj", "SorAnalyzers");
        string secondPackage = Pack(second, "src/SorAnalyzers.Package/SorAnalyzers.Package.csproj", "SorAnalyzers");
        string toolPackage = Pack(first, "src/SorAnalyzers.Cli/SorAnalyzers.Cli.csproj", "SorAnalyzers.Cli");

        Dictionary<string, byte[]> firstDlls = Dlls(firstPackage);
        Dictionary<string, byte[]> secondDlls = Dlls(secondPackage);

        // Byte-identical DLLs from the two folders.
        Assert.Equal(firstDlls.Keys.OrderBy(k => k, StringComparer.Ordinal), secondDlls.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.All(firstDlls, dll => Assert.True(dll.Value.AsSpan().SequenceEqual(secondDlls[dll.Key]),
            $"{dll.Key} differs between the clone in {first} and the one in {second}"));

        // No path of the build machine in a DLL or in its embedded PDB; every source document of our
        // PDBs is under the mapped root, and SourceLink points at this commit on GitHub.
        string[] machinePaths = MachinePaths(first, second);
        foreach ((string entry, byte[] bytes) in firstDlls.Concat(Dlls(toolPackage)))
        {
            var assembly = new PackedAssembly(entry, bytes);
            assembly.AssertContainsNone(machinePaths);
            string file = Path.GetFileName(entry);
            if (!file.StartsWith("SorAnalyzers.", StringComparison.Ordinal) && file != "sor.dll")
            {
                continue; // a third party's DLL (YamlDotNet, System.CommandLine), as published: its PDB is theirs
            }

            Assert.True(assembly.PdbDocuments.Count > 0, $"{entry} has no embedded PDB");
            Assert.All(assembly.PdbDocuments, document => Assert.StartsWith("/_/", document, StringComparison.Ordinal));
            Assert.Equal(
                $$$"""{"documents":{"/_/*":"https://raw.githubusercontent.com/soranalyzers/soranalyzers/{{{commit}}}/*"}}""",
                assembly.SourceLink);
            Assert.Equal(ReleaseVersion, assembly.PackageVersion);
            Assert.Equal(new Version(ReleaseVersion + ".0"), assembly.AssemblyVersion); // each release its own identity
        }

        // The version is the tag's, in both packages (the nuspec), and in what sor and the generator print.
        Assert.Equal(ReleaseVersion, NuspecVersion(firstPackage));
        Assert.Equal(ReleaseVersion, NuspecVersion(toolPackage));
        Assert.Contains($"commit=\"{commit}\"", NuspecText(firstPackage), StringComparison.Ordinal);
        CommandResult version = DotnetCommand.Run(first, null, Path.Combine(first, "src", "SorAnalyzers.Cli", "bin", "Release", "net10.0", "sor.dll"), "--version");
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.Equal(ReleaseVersion, version.Output.Trim());
        Assert.Equal(ReleaseVersion, GeneratedCodeVersion(Path.GetDirectoryName(firstPackage)!));

        // A commit after the tag is a pre-release of the next patch, counting the commits since the tag.
        Git.Run(first, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "--allow-empty", "-q", "-m", "after the release");
        Assert.Equal("99.1.3-alpha.0.1", MinVerVersion(first));
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public void Without_tags_or_without_git_the_version_is_a_pre_release_and_the_build_does_not_fail()
    {
        // A CI checkout: shallow, no tags.
        string shallow = Path.Combine(root, "shallow");
        Git.Run(root, "clone", "-q", "--depth", "1", "--no-tags", new Uri(repoRoot).AbsoluteUri, shallow);
        Assert.Equal("0.1.0-alpha.0", MinVerVersion(shallow));

        // A full clone without tags: the height counts the commits since the root.
        string untagged = Path.Combine(root, "untagged");
        Git.Run(root, "clone", "-q", "--no-tags", repoRoot, untagged);
        Assert.Matches(@"^0\.1\.0-alpha\.0\.[1-9][0-9]*$", MinVerVersion(untagged));

        // A source archive: no git at all. MinVer warns (MINVER1001) and the build goes on.
        string archive = Path.Combine(root, "archive");
        Directory.CreateDirectory(archive);
        Git.Run(untagged, "archive", "-o", Path.Combine(root, "source.zip"), "HEAD");
        ZipFile.ExtractToDirectory(Path.Combine(root, "source.zip"), archive);
        Assert.Equal("0.1.0-alpha.0", MinVerVersion(archive));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private string Clone(string folder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        Git.Run(root, "clone", "-q", repoRoot, folder);
        Git.Run(folder, "remote", "set-url", "origin", GitHubRepository);
        Git.Run(folder, "tag", ReleaseTag);
        return folder;
    }

    private string Pack(string clone, string project, string packageId)
    {
        string artifacts = Path.Combine(clone, "artifacts");
        CommandResult pack = DotnetCommand.Run(clone, null, "pack", project, "-c", "Release", "-o", artifacts, "-tl:off", "-nodeReuse:false");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        output.WriteLine($"{packageId} packed in {clone} in {pack.Elapsed.TotalSeconds:0} s");
        string package = Path.Combine(artifacts, $"{packageId}.{ReleaseVersion}.nupkg");
        Assert.True(File.Exists(package), $"no {package}:\n{pack}");
        return package;
    }

    /// <summary>The DLL's folder: the clone roots, the user's home and NuGet cache, the temp folder.</summary>
    private string[] MachinePaths(params string[] clones)
    {
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return clones.Concat(new[] { repoRoot, root, home, Path.Combine(home, ".nuget"), Path.GetTempPath() })
            .Where(path => path.Length > 1)
            .Select(path => Path.TrimEndingDirectorySeparator(path))
            .Distinct()
            .ToArray();
    }

    private string MinVerVersion(string clone)
    {
        CommandResult result = DotnetCommand.Run(clone, null, "msbuild", Path.Combine("src", "SorAnalyzers.Runtime", "SorAnalyzers.Runtime.csproj"),
            "-restore", "-t:MinVer", "-getProperty:MinVerVersion", "-p:TargetFramework=net8.0", "-nodeReuse:false");
        Assert.True(result.ExitCode == 0, result.ToString());
        output.WriteLine(result.Output);
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
    }

    /// <summary>Builds a fresh project from the packed package and reads the version its generated code carries.</summary>
    private string GeneratedCodeVersion(string feed)
    {
        string consumer = Path.Combine(root, "consumer");
        Directory.CreateDirectory(consumer);
        PackageFeed.CopyDependencies(repoRoot, feed); // the runtime's dependencies, as nuget.org would serve them
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="release" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SorAnalyzers" Version="{ReleaseVersion}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), "System.Console.WriteLine(Contoso.RevOps.SorSystems.Crm);\n");
        File.Copy(Path.Combine(repoRoot, "models", "revops.sor.yaml"), Path.Combine(consumer, "revops.sor.yaml"));

        // A NuGet cache of its own: 99.1.2 must never land in the machine's cache.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "nuget-packages") };
        CommandResult build = DotnetCommand.Run(consumer, environment, "build", "-tl:off", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.ToString());

        string[] generated = Directory.GetFiles(Path.Combine(consumer, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(path => path.Contains("SorAnalyzers.Generator", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(generated);
        var versions = generated
            .SelectMany(path => Regex.Matches(File.ReadAllText(path), "GeneratedCode\\(\"SorAnalyzers\", \"([^\"]+)\"\\)"))
            .Select(match => match.Groups[1].Value)
            .Distinct()
            .ToArray();
        return Assert.Single(versions);
    }

    private static Dictionary<string, byte[]> Dlls(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        return zip.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(e => e.FullName, e =>
            {
                using Stream stream = e.Open();
                var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                return bytes.ToArray();
            });
    }

    private static string NuspecText(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        using var reader = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        return reader.ReadToEnd();
    }

    private static string NuspecVersion(string package)
        => XDocument.Parse(NuspecText(package)).Descendants().Single(e => e.Name.LocalName == "version").Value;
}

/// <summary>Runs alone, after the parallel tests: each pack uses both cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReleaseBuildCollection
{
    public const string Name = "release build";
}
