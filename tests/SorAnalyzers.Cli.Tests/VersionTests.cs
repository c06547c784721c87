using System.Reflection;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Cli.Tests;

/// <summary>`sor --version` prints the package version that git gave the build (docs/versioning.md).</summary>
public class VersionTests
{
    [Fact]
    public void Version_is_the_informational_version_without_the_commit()
    {
        string informational = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Sor.Outcome outcome = Sor.Run(RepoFiles.Root, "--version");

        Assert.Equal(0, outcome.ExitCode);
        string printed = Assert.Single(outcome.OutputLines);
        // MinVer's version plus "+<commit>" (none in a source archive without git): the printed one is the part a package carries.
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9a-f]{40})?$", informational);
        Assert.Equal(informational.Split('+')[0], printed);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", printed);
        Assert.NotEqual("1.0.0", printed); // the SDK's default, when no version came from git
    }
}
