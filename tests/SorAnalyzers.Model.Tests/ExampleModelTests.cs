using System.IO;
using System.Linq;
using SorAnalyzers.Model.Reading;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Model.Tests;

public class ExampleModelTests
{
    [Theory]
    [InlineData("revops.sor.yaml")]
    [InlineData("people-finance.sor.yaml")]
    public void Shared_examples_read_without_a_single_diagnostic(string path)
    {
        ModelReadResult result = ModelReader.Read(File.ReadAllText(RepoFiles.Model(path)));

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.NotNull(result.Model);
    }

    [Fact]
    public void Revops_relays_and_wildcards_resolve_to_the_expected_holders()
    {
        var model = ModelReader.Read(File.ReadAllText(RepoFiles.Model("revops.sor.yaml"))).Model!;

        // Arr: owned by billing, relayed billing → crm → cs and crm → bi (through Account.*).
        Assert.Equal(new[] { "billing", "crm", "cs", "bi" }, model.HoldersOf("Account.Arr").Select(h => h.System));
        Assert.Equal("billing-to-crm", model.HoldingOf("crm", "Account.Arr")!.ViaFlow);
        Assert.Equal("crm-to-bi", model.HoldingOf("bi", "Account.Arr")!.ViaFlow);

        // Subscription.* from crm carries only what crm holds: not InvoiceStatus.
        var crmToBi = model.FindFlow("crm-to-bi")!;
        Assert.Contains("Subscription.Amount", crmToBi.Carried);
        Assert.DoesNotContain("Subscription.InvoiceStatus", crmToBi.Carried);
        Assert.Contains("Account.HealthStatus", crmToBi.Carried);

        // The targetIfBlank fill into the owner is carried; the owner already holds the field.
        Assert.True(model.FindFlow("marketing-fills-phone")!.Carries("Contact.Phone"));
        Assert.Equal(new[] { "crm", "marketing" }, model.HoldersOf("Contact.Phone").Select(h => h.System));

        Assert.Equal(
            "billing → crm (hourly, ownerWins); crm → cs (hourly, ownerWins); crm → bi (daily, ownerWins)",
            model.DirectionOf("Account.Arr"));
    }

    [Fact]
    public void Reading_the_same_text_twice_gives_equal_models()
    {
        string text = File.ReadAllText(RepoFiles.Model("revops.sor.yaml"));

        var first = ModelReader.Read(text).Model!;
        var second = ModelReader.Read(text).Model!;
        _ = first.FindField("Account.Arr"); // builds the lookup index on one side only

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }
}
