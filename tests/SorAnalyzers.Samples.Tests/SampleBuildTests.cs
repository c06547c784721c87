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
        CheckAuditTrail(run.Output);
    }

    // The run's audit trail, as the sample prints it: every write of the day in order, each with its
    // writer (the system's own code, or the flow applied), the loop guard stopping HubSpot's copy of a
    // phone the CRM cleared, and no personal data (phones and e-mails are masked).
    private const string ExpectedAuditTrail = """
        Account acme Name: (blank) -> "Acme Corp" by system:crm (Written)
        Account acme Owner: (blank) -> "Dana Rep" by system:crm (Written)
        Account acme Territory: (blank) -> "EMEA" by system:crm (Written)
        Contact c-1 Email: (blank) -> *** by system:crm (Written)
        Contact c-1 Phone: (blank) -> "" by system:crm (Written)
        Contact c-2 Email: (blank) -> *** by system:crm (Written)
        Contact c-2 Phone: (blank) -> *** by system:crm (Written)
        Opportunity o-1 Stage: (blank) -> Commit by system:crm (Written)
        Opportunity o-1 Amount: (blank) -> 48000 by system:crm (Written)
        Opportunity o-1 ForecastCategory: (blank) -> "Commit" by system:crm (Written)
        Subscription s-1 Amount: (blank) -> 4000 by system:billing (Written)
        Subscription s-1 RenewalDate: (blank) -> 2027-03-31 by system:billing (Written)
        Subscription s-1 InvoiceStatus: (blank) -> Open by system:billing (Written)
        Account acme Arr: (blank) -> 48000 by system:billing (Written)
        Contact c-1 LeadSource: (blank) -> "Webinar" by system:marketing (Written)
        Contact c-1 LeadScore: (blank) -> 40 by system:marketing (Written)
        Account acme HealthStatus: (blank) -> Red by system:cs (Written)
        Account acme RenewalRisk: (blank) -> True by system:cs (Written)
        Account acme Name: (blank) -> "Acme Corp" by flow:crm-to-marketing (Written)
        Contact c-1 Email: (blank) -> *** by flow:crm-to-marketing (Written)
        Contact c-1 Phone: (blank) -> "" by flow:crm-to-marketing (Written)
        Contact c-2 Email: (blank) -> *** by flow:crm-to-marketing (Written)
        Contact c-2 Phone: (blank) -> *** by flow:crm-to-marketing (Written)
        Contact c-2 Phone: *** -> "" by system:crm (Written)
        Account acme Arr: (blank) -> 48000 by flow:billing-to-crm (Written)
        Subscription s-1 Amount: (blank) -> 4000 by flow:billing-to-crm (Written)
        Subscription s-1 RenewalDate: (blank) -> 2027-03-31 by flow:billing-to-crm (Written)
        Account acme HealthStatus: (blank) -> Red by flow:cs-to-crm (Written)
        Account acme RenewalRisk: (blank) -> True by flow:cs-to-crm (Written)
        Contact c-1 LeadSource: (blank) -> "Webinar" by flow:marketing-to-crm (Written)
        Contact c-1 LeadScore: (blank) -> 40 by flow:marketing-to-crm (Written)
        Contact c-2 Phone: "" -> *** by flow:marketing-fills-phone (Loop)
        Contact c-2 Phone: *** -> "" by flow:crm-to-marketing (Written)
        Account acme Name: (blank) -> "Acme Corp" by flow:crm-to-cs (Written)
        Account acme Owner: (blank) -> "Dana Rep" by flow:crm-to-cs (Written)
        Account acme Arr: (blank) -> 48000 by flow:crm-to-cs (Written)
        Subscription s-1 RenewalDate: (blank) -> 2027-03-31 by flow:crm-to-cs (Written)
        Account acme Name: (blank) -> "Acme Corp" by flow:crm-to-bi (Written)
        Account acme Owner: (blank) -> "Dana Rep" by flow:crm-to-bi (Written)
        Account acme Territory: (blank) -> "EMEA" by flow:crm-to-bi (Written)
        Account acme Arr: (blank) -> 48000 by flow:crm-to-bi (Written)
        Account acme HealthStatus: (blank) -> Red by flow:crm-to-bi (Written)
        Account acme RenewalRisk: (blank) -> True by flow:crm-to-bi (Written)
        Opportunity o-1 Stage: (blank) -> Commit by flow:crm-to-bi (Written)
        Opportunity o-1 ForecastCategory: (blank) -> "Commit" by flow:crm-to-bi (Written)
        Opportunity o-1 Amount: (blank) -> 48000 by flow:crm-to-bi (Written)
        Subscription s-1 Amount: (blank) -> 4000 by flow:crm-to-bi (Written)
        Subscription s-1 RenewalDate: (blank) -> 2027-03-31 by flow:crm-to-bi (Written)
        """;

    private static void CheckAuditTrail(string output)
    {
        string[] printed = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("  20", StringComparison.Ordinal)).ToArray();
        Assert.Contains($"Audit trail of the run ({printed.Length} entries; personal data masked):", output);

        DateTimeOffset[] times = printed.Select(l => DateTimeOffset.Parse(l.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(times.OrderBy(t => t), times);
        Assert.Equal(ExpectedAuditTrail.Split('\n'), printed.Select(l => l.Trim().Substring(l.Trim().IndexOf(' ') + 1)).ToArray());
        Assert.DoesNotContain("+1 555 0100", output, StringComparison.Ordinal);
        Assert.DoesNotContain("@acme.example", output, StringComparison.Ordinal);
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
