using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
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
        // Each violating line ends with a comment naming what it must produce: // error SOR0101
        string[] expected = Directory.GetFiles(Path.Combine(Sample, "Violations"), "*.cs")
            .SelectMany(file => File.ReadAllLines(file).Select((text, index) => (file, text, line: index + 1)))
            .SelectMany(l => Regex.Matches(l.text, @"// (?<severity>error|warning) (?<id>SOR\d{4})(@(?<col>\d+))?").Select(m =>
                $"{Path.GetRelativePath(RepoFiles.Root, l.file).Replace('\\', '/')}({l.line},{(m.Groups["col"].Success ? m.Groups["col"].Value : FirstColumn(l.text))}): {m.Groups["severity"].Value} {m.Groups["id"].Value}"))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(expected);

        CommandResult build = DotnetCommand.Run(Sample, null, "build", "-c", "Release", "-p:SorShowViolations=true");

        Assert.Equal(1, build.ExitCode);
        Assert.Equal(expected, BuildOutput.Diagnostics(build, RepoFiles.Root).Where(d => d.Contains(" SOR")).ToArray());
    }

    private static string FirstColumn(string line) => (line.Length - line.TrimStart().Length + 1).ToString();
}
