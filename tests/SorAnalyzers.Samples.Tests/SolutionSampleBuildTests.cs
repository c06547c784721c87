using System.IO;
using System.Linq;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Samples.Tests;

/// <summary>
/// The sample solution (a shared model library and two integration services, one model linked through
/// Directory.Build.props) through `dotnet build`: clean as shipped, each service using the library's
/// generated API; with the services' Violations/ folders, exactly the errors they announce.
/// </summary>
[Trait("Category", "EndToEnd")]
public class SolutionSampleBuildTests
{
    private static readonly string Solution = Path.Combine(RepoFiles.Root, "samples", "RevOps.Solution");

    [Fact]
    public void The_solution_builds_clean_and_each_service_uses_the_shared_librarys_api()
    {
        CommandResult build = DotnetCommand.Run(Solution, null, "build", "RevOps.Solution.slnx", "-c", "Release", "-p:SorShowViolations=false");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(BuildOutput.Diagnostics(build, RepoFiles.Root));

        CommandResult billing = DotnetCommand.Run(Solution, null, Path.Combine(Solution, "RevOps.BillingSync", "bin", "Release", "net10.0", "RevOps.BillingSync.dll"));
        Assert.True(billing.ExitCode == 0, billing.ToString());
        Assert.Equal(new[] { "Salesforce sees ARR 12000 (owner: billing)", "Generated API from RevOps.Model" }, BuildOutput.Lines(billing));

        CommandResult crm = DotnetCommand.Run(Solution, null, Path.Combine(Solution, "RevOps.CrmDesk", "bin", "Release", "net10.0", "RevOps.CrmDesk.dll"));
        Assert.True(crm.ExitCode == 0, crm.ToString());
        Assert.Equal(new[] { "Acme Corp is looked after by bob (owner of the field: crm)", "Generated API from RevOps.Model" }, BuildOutput.Lines(crm));
    }

    [Fact]
    public void Each_services_violations_fail_the_build_with_exactly_the_announced_errors()
    {
        string[] expected = AnnouncedDiagnostics.In(
            Path.Combine(Solution, "RevOps.BillingSync", "Violations"),
            Path.Combine(Solution, "RevOps.CrmDesk", "Violations"));
        Assert.Equal(2, expected.Select(e => e.Split('/')[2]).Distinct().Count()); // one file in each service at least

        CommandResult build = DotnetCommand.Run(Solution, null, "build", "RevOps.Solution.slnx", "-c", "Release", "-p:SorShowViolations=true");

        Assert.Equal(1, build.ExitCode);
        Assert.Equal(expected, BuildOutput.Diagnostics(build, RepoFiles.Root).Where(d => d.Contains(" SOR")).ToArray());
    }
}
