using System;
using SorAnalyzers;
using Xunit;

namespace SorAnalyzers.Runtime.Tests;

public class MetadataTests
{
    [Fact]
    public void A_flow_shows_its_id_and_direction()
    {
        var flow = new SorFlowInfo("billing-to-crm", "billing", "crm", "hourly", SorConflictRule.OwnerWins, "revops");

        Assert.Equal("billing-to-crm: billing \u2192 crm", flow.ToString());
        Assert.Equal("billing-to-crm", flow.Id);
        Assert.Equal("billing", flow.From);
        Assert.Equal("crm", flow.To);
        Assert.Equal("hourly", flow.Frequency);
        Assert.Equal(SorConflictRule.OwnerWins, flow.Conflict);
        Assert.Equal("revops", flow.ErrorOwner);
    }

    [Theory]
    [InlineData("", "billing", "crm", "id")]
    [InlineData("f", "", "crm", "from")]
    [InlineData("f", "billing", "", "to")]
    public void A_flow_needs_an_id_a_source_and_a_target(string id, string from, string to, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new SorFlowInfo(id, from, to, null, SorConflictRule.TargetIfBlank, null));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void A_system_shows_its_id()
    {
        var bi = new SorSystemInfo("bi", "Warehouse", "Finance", "Data team", "Reporting copy", isReadOnly: true);

        Assert.Equal("bi", bi.ToString());
        Assert.Equal("Warehouse", bi.Title);
        Assert.Equal("Finance", bi.BusinessOwner);
        Assert.Equal("Data team", bi.TechnicalOwner);
        Assert.Equal("Reporting copy", bi.Description);
        Assert.True(bi.IsReadOnly);
        Assert.Throws<ArgumentException>(() => new SorSystemInfo("", null, null, null, null, false));
    }

    [Fact]
    public void The_conflict_rules_keep_the_values_of_the_model_order()
    {
        // Generated code and persisted settings may use the numbers: they must not move.
        Assert.Equal(0, (int)SorConflictRule.OwnerWins);
        Assert.Equal(1, (int)SorConflictRule.OwnerUnlessBlank);
        Assert.Equal(2, (int)SorConflictRule.TargetIfBlank);
    }
}
