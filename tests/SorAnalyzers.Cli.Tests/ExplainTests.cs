using System.IO;
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
    public void Several_models_and_folders_explain_the_field_in_each_model_that_declares_it()
    {
        _folder.Write(Path.Combine("models", "revops.sor.yaml"), File.ReadAllText(Sor.RevOpsModel));
        _folder.Write(Path.Combine("models", "other", "clean.sor.yaml"), Models.Clean);
        _folder.Write("copy.sor.yaml", File.ReadAllText(Sor.RevOpsModel));

        Sor.Outcome one = Sor.Run(_folder.Path, "explain", "models", "Account.Arr");
        Sor.Outcome both = Sor.Run(_folder.Path, "explain", "models", "copy.sor.yaml", "Account.Arr");
        Sor.Outcome none = Sor.Run(_folder.Path, "explain", "models", "copy.sor.yaml", "Account.Ar");

        Assert.True(one.ExitCode == 0, one.Error);
        Assert.Equal("Account.Arr (decimal)", one.OutputLines[0]);
        Assert.Equal(0, both.ExitCode);
        Assert.Equal(2, both.OutputLines.Count(l => l == "Account.Arr (decimal)"));
        Assert.Equal(Path.Combine("models", "revops.sor.yaml") + ":", both.OutputLines[0]);
        Assert.Contains("copy.sor.yaml:", both.OutputLines);
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("none of the 3 models has a field 'Account.Ar' (did you mean 'Account.Arr'?)", none.Error);
    }

    [Fact]
    public void Each_holder_shows_its_own_name_for_the_field()
    {
        _folder.Write("names.sor.yaml", """
            sor: 1
            systems:
              crm: {}
              billing: {}
              warehouse: {}
            entities:
              Account:
                fields:
                  Arr: { type: decimal, owner: billing, names: { billing: metadata.arr, warehouse: arr } }
            flows:
              - { id: billing-to-crm, from: billing, to: crm, fields: [Account.Arr] }
              - { id: billing-to-warehouse, from: billing, to: warehouse, fields: [Account.Arr] }
            """);

        Sor.Outcome run = Sor.Run(_folder.Path, "explain", "names.sor.yaml", "Account.Arr");

        Assert.True(run.ExitCode == 0, run.Error);
        string[] lines = Collapsed(run);
        int held = System.Array.IndexOf(lines, "Held by:");
        Assert.Equal(
            ["billing owner as metadata.arr", "crm via billing-to-crm", "warehouse via billing-to-warehouse as arr"],
            lines.Skip(held + 1).Take(3));
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
