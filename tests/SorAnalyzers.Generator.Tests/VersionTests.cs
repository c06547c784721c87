using System.Reflection;
using Xunit;

namespace SorAnalyzers.Generator.Tests;

/// <summary>The version in every <c>[GeneratedCode]</c> is the package version git gave the build (docs/versioning.md).</summary>
public class VersionTests
{
    [Fact]
    public void GeneratedCode_carries_the_informational_version_without_the_commit()
    {
        string informational = typeof(SorModelGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.Equal(informational.Split('+')[0], Emit.SourceFile.Version);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", Emit.SourceFile.Version);
        Assert.NotEqual("1.0.0", Emit.SourceFile.Version); // the SDK's default, when no version came from git
        Assert.Equal($"[global::System.CodeDom.Compiler.GeneratedCode(\"SorAnalyzers\", \"{Emit.SourceFile.Version}\")]", Emit.SourceFile.GeneratedCodeAttribute);
    }
}
