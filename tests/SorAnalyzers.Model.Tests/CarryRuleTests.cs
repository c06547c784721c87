using System.Linq;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Reading;
using Xunit;

namespace SorAnalyzers.Model.Tests;

/// <summary>The one definition of which fields a flow may carry, as the resolver and every consumer see it.</summary>
public class CarryRuleTests
{
    private const string Model = """
        sor: 1
        systems:
          crm: {}
          marketing: {}
          bi: { readOnly: true }
        entities:
          Contact:
            fields:
              Email: { type: string, owner: crm }
              Phone: { type: string, owner: crm }
              Source: { type: string, owner: marketing }
        flows:
          - { id: crm-to-marketing, from: crm, to: marketing, fields: [Contact.Email, Contact.Phone] }
          - { id: marketing-fills-phone, from: marketing, to: crm, conflict: targetIfBlank, fields: [Contact.Phone] }
          - { id: marketing-to-crm, from: marketing, to: crm, fields: [Contact.Source] }
          - { id: marketing-to-bi, from: marketing, to: bi, fields: [Contact.*] }
        """;

    private static OwnershipModel Read()
    {
        ModelReadResult result = ModelReader.Read(Model);
        Assert.Empty(result.Diagnostics);
        return result.Model!;
    }

    [Fact]
    public void A_targetIfBlank_flow_may_carry_a_field_into_its_owner()
    {
        OwnershipModel model = Read();
        FlowDefinition fill = model.FindFlow("marketing-fills-phone")!;
        Assert.True(fill.Carries("Contact.Phone"));
        Assert.True(model.MayCarry(fill, model.FindField("Contact.Email")!)); // marketing holds it too
    }

    [Fact]
    public void An_ownerWins_flow_may_not_carry_a_field_into_its_owner_even_from_a_holder()
    {
        OwnershipModel model = Read();
        FlowDefinition back = model.FindFlow("marketing-to-crm")!;
        Assert.True(model.Holds("marketing", "Contact.Email"));
        Assert.False(model.MayCarry(back, model.FindField("Contact.Email")!));
        Assert.True(model.MayCarry(back, model.FindField("Contact.Source")!));
    }

    [Fact]
    public void A_flow_may_not_carry_what_its_source_does_not_hold()
    {
        OwnershipModel model = Read();
        FlowDefinition toBi = model.FindFlow("marketing-to-bi")!;
        Assert.Equal(new[] { "Contact.Email", "Contact.Phone", "Contact.Source" }, toBi.Carried.OrderBy(k => k, System.StringComparer.Ordinal));
        FlowDefinition toMarketing = model.FindFlow("crm-to-marketing")!;
        Assert.False(model.MayCarry(toMarketing, model.FindField("Contact.Source")!)); // into its owner
    }

    [Fact]
    public void A_wildcard_never_carries_a_field_into_its_owner_even_for_a_fill()
    {
        ModelReadResult result = ModelReader.Read(Model.Replace(
            "conflict: targetIfBlank, fields: [Contact.Phone]", "conflict: targetIfBlank, fields: [Contact.*]"));
        FlowDefinition fill = result.Model!.FindFlow("marketing-fills-phone")!;
        Assert.Equal(new[] { "Contact.Source" }, fill.Carried.AsImmutableArray());
    }

    [Fact]
    public void Each_conflict_rule_name_round_trips()
    {
        foreach (ConflictRule rule in new[] { ConflictRule.OwnerWins, ConflictRule.OwnerUnlessBlank, ConflictRule.TargetIfBlank })
        {
            Assert.True(ConflictRuleNames.TryParse(ConflictRuleNames.Of(rule), out ConflictRule parsed));
            Assert.Equal(rule, parsed);
        }

        Assert.Equal(new[] { "ownerWins", "ownerUnlessBlank", "targetIfBlank" }, ConflictRuleNames.All);
        Assert.False(ConflictRuleNames.TryParse("OwnerWins", out _));
    }
}
