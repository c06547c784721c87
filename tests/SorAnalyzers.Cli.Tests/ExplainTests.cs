using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SorAnalyzers.Cli.Tests;

public sealed class ExplainTests : System.IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Account_Arr_shows_its_owner_every_holder_with_its_flow_and_the_direction()
    {
        Sor.Outcome run = Sor.Run(_folder.Path, "explain", Sor.RevOpsModel, "Account.Arr");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "Account.Arr (decimal)",
                "Annual recurring revenue from active subscriptions.",
                "Owner: billing (Chargebee), business owner Finance",
                "Held by:",
                "billing owner",
                "crm via billing-to-crm",
                "cs via crm-to-cs",
                "bi via crm-to-bi",
                "Direction: billing → crm (hourly, ownerWins); crm → cs (hourly, ownerWins); crm → bi (daily, ownerWins)",
                "PII: no",
                "Immutable: no",
                "Deprecated: no",
            ],
            Collapsed(run));
    }

    [Fact]
    public void Flags_and_enum_values_are_shown()
    {
        string[] email = Collapsed(Sor.Run(_folder.Path, "explain", Sor.RevOpsModel, "Contact.Email"));
        string[] leadSource = Collapsed(Sor.Run(_folder.Path, "explain", Sor.RevOpsModel, "Contact.LeadSource"));
        string[] health = Collapsed(Sor.Run(_folder.Path, "explain", Sor.RevOpsModel, "Account.HealthStatus"));

        Assert.Contains("PII: yes", email);
        Assert.Contains("Immutable: yes", leadSource);
        Assert.Equal("Account.HealthStatus (enum: Green, Yellow, Red)", health[0]);
    }

    [Fact]
    public void An_unknown_field_fails_with_the_nearest_name()
    {
        Sor.Outcome run = Sor.Run(_folder.Path, "explain", Sor.RevOpsModel, "Account.Ar");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("has no field 'Account.Ar' (did you mean 'Account.Arr'?)", run.Error);
    }

    [Fact]
    public void A_model_that_cannot_be_read_fails_with_its_diagnostics()
    {
        _folder.Write("broken.sor.yaml", "sor: 1\nsystems: { crm: \n  x: [1, 2\n");

        Sor.Outcome run = Sor.Run(_folder.Path, "explain", "broken.sor.yaml", "Account.Arr");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.sor.yaml(", run.Error);
        Assert.Contains(": error SOR0001:", run.Error);
    }

    // Column padding is presentation; the tests compare the words.
    private static string[] Collapsed(Sor.Outcome run)
        => run.OutputLines.Select(l => Regex.Replace(l.Trim(), " +", " ")).ToArray();
}
