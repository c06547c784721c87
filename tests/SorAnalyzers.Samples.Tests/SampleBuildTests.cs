using System;
using System.IO;
using System.Linq;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Samples.Tests;

/// <summary>
/// The sample integration solution through `dotnet build`: clean as shipped; with its Violations/
/// folder, exactly the errors its comments announce, at their lines.
/// </summary>
[Trait("Category", "EndToEnd")]
public class SampleBuildTests
{
    private static readonly string Sample = Path.Combine(RepoFiles.Root, "samples", "RevOps.Integrations");

    [Fact]
    public void The_sample_builds_clean_and_runs()
    {
        CommandResult build = DotnetCommand.Run(Sample, null, "build", "-c", "Release", "-p:SorShowViolations=false");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(BuildOutput.Diagnostics(build, RepoFiles.Root));

        CommandResult run = DotnetCommand.Run(Sample, null, "run", "-c", "Release", "--no-build", "-p:SorShowViolations=false");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Snowflake sees Acme Corp", run.Output);
        Assert.Contains("Who owns Account.Arr? billing", run.Output);
    }

    [Fact]
    public void The_violations_fail_the_build_with_exactly_the_announced_errors()
    {
        string[] expected = AnnouncedDiagnostics.In(Path.Combine(Sample, "Violations"));
        Assert.NotEmpty(expected);

        CommandResult build = DotnetCommand.Run(Sample, null, "build", "-c", "Release", "-p:SorShowViolations=true");

        Assert.Equal(1, build.ExitCode);
        Assert.Equal(expected, BuildOutput.Diagnostics(build, RepoFiles.Root).Where(d => d.Contains(" SOR")).ToArray());
    }
}
