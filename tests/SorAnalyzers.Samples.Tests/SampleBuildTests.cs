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
        Assert.Contains("Stripe (not sent): customer acme metadata arr=48000; subscription s-1 metadata monthly_amount=4000, renewal_date=2027-03-31.", run.Output);
        CheckWarehouse(run.Output);
        CheckAuditTrail(run.Output);
    }

    // The warehouse job's SQLite database: written by the run (EF Core, rows mapped by Mapperly, ARR set by
    // ExecuteUpdate), at the path the run prints.
    private static void CheckWarehouse(string output)
    {
        System.Text.RegularExpressions.Match printed = System.Text.RegularExpressions.Regex.Match(output, @"Warehouse (?<path>\S+\.db): 1 account row\(s\) written;");
        Assert.True(printed.Success, output);
        string path = printed.Groups["path"].Value;
        Assert.True(File.Exists(path), path);

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using Microsoft.Data.Sqlite.SqliteCommand query = connection.CreateCommand();
        query.CommandText = "SELECT Id, Name, Owner, Territory, Arr, HealthStatus, RenewalRisk FROM Accounts";
        using Microsoft.Data.Sqlite.SqliteDataReader row = query.ExecuteReader();
        Assert.True(row.Read(), "the warehouse has no account row");
        Assert.Equal(new object[] { "acme", "Acme Corp", "Dana Rep", "EMEA", 48000m, "Red", 1L },
            new object[] { row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3), row.GetDecimal(4), row.GetString(5), row.GetInt64(6) });
        Assert.False(row.Read(), "the warehouse has more than the one account");
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
