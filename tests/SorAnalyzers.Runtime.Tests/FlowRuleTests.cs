using System;
using SorAnalyzers;
using Xunit;

namespace SorAnalyzers.Runtime.Tests;

/// <summary>Each conflict rule against each field type's blank values, zeros and real values.</summary>
public class FlowRuleTests
{
    [Theory]
    [MemberData(nameof(FlowRuleCase.TypesAndRules), MemberType = typeof(FlowRuleCase))]
    public void A_blank_incoming_value_replaces_a_value_only_under_ownerWins(string type, SorConflictRule rule)
    {
        FlowRuleCase types = FlowRuleCase.All[type];
        foreach (object? blank in types.Blanks)
        {
            (SorWriteOutcome? outcome, object? after) = types.Apply(rule, types.First, blank);

            switch (rule)
            {
                case SorConflictRule.OwnerWins:
                    Assert.Equal(SorWriteOutcome.Written, outcome);
                    Assert.Equal(FlowRuleCase.Stored(blank), after);
                    break;
                case SorConflictRule.OwnerUnlessBlank:
                    Assert.Equal(SorWriteOutcome.IncomingBlank, outcome);
                    Assert.Equal(types.First, after);
                    break;
                default:
                    Assert.Equal(SorWriteOutcome.TargetNotBlank, outcome);
                    Assert.Equal(types.First, after);
                    break;
            }
        }
    }

    [Theory]
    [MemberData(nameof(FlowRuleCase.TypesAndRules), MemberType = typeof(FlowRuleCase))]
    public void A_value_fills_every_blank_target_under_every_rule(string type, SorConflictRule rule)
    {
        FlowRuleCase types = FlowRuleCase.All[type];
        foreach (object? blank in types.Blanks)
        {
            foreach (object value in new[] { types.First, types.Second })
            {
                (SorWriteOutcome? outcome, object? after) = types.Apply(rule, blank, value);

                Assert.Equal(SorWriteOutcome.Written, outcome);
                Assert.Equal(value, after);
            }
        }
    }

    [Theory]
    [MemberData(nameof(FlowRuleCase.TypesAndRules), MemberType = typeof(FlowRuleCase))]
    public void A_value_replaces_a_value_unless_the_flow_only_fills_blanks(string type, SorConflictRule rule)
    {
        // First is the type's zero where it has one (0, false, Sunday): a real value, so targetIfBlank keeps it.
        FlowRuleCase types = FlowRuleCase.All[type];
        foreach ((object current, object incoming) in new[] { (types.First, types.Second), (types.Second, types.First) })
        {
            (SorWriteOutcome? outcome, object? after) = types.Apply(rule, current, incoming);

            Assert.Equal(rule == SorConflictRule.TargetIfBlank ? SorWriteOutcome.TargetNotBlank : SorWriteOutcome.Written, outcome);
            Assert.Equal(rule == SorConflictRule.TargetIfBlank ? current : incoming, after);
        }
    }

    [Theory]
    [MemberData(nameof(FlowRuleCase.TypesAndRules), MemberType = typeof(FlowRuleCase))]
    public void A_blank_never_replaces_another_blank_except_under_ownerWins(string type, SorConflictRule rule)
    {
        FlowRuleCase types = FlowRuleCase.All[type];
        foreach (object? current in types.Blanks)
        {
            foreach (object? incoming in types.Blanks)
            {
                (SorWriteOutcome? outcome, object? after) = types.Apply(rule, current, incoming);

                if (Equals(FlowRuleCase.Stored(current), FlowRuleCase.Stored(incoming)))
                {
                    Assert.Null(outcome); // the same value: nothing to offer
                }
                else
                {
                    Assert.Equal(rule == SorConflictRule.OwnerWins ? SorWriteOutcome.Written : SorWriteOutcome.IncomingBlank, outcome);
                    Assert.Equal(FlowRuleCase.Stored(rule == SorConflictRule.OwnerWins ? incoming : current), after);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(FlowRuleCase.TypesAndRules), MemberType = typeof(FlowRuleCase))]
    public void An_immutable_field_once_set_is_never_overwritten_but_a_blank_one_is_filled(string type, SorConflictRule rule)
    {
        FlowRuleCase types = FlowRuleCase.All[type];

        (SorWriteOutcome? kept, object? after) = types.Apply(rule, types.First, types.Second, immutable: true);
        Assert.Equal(SorWriteOutcome.Immutable, kept);
        Assert.Equal(types.First, after);

        foreach (object? blank in types.Blanks)
        {
            Assert.Equal(SorWriteOutcome.Immutable, types.Apply(rule, types.Second, blank, immutable: true).Outcome);
            (SorWriteOutcome? filled, object? value) = types.Apply(rule, blank, types.Second, immutable: true);
            Assert.Equal(SorWriteOutcome.Written, filled);
            Assert.Equal(types.Second, value);
        }
    }

    [Fact]
    public void Equal_values_are_not_offered_at_all()
    {
        FlowRuleCase decimals = FlowRuleCase.All["decimal"];

        Assert.Equal((null, 5.0m), decimals.Apply(SorConflictRule.TargetIfBlank, 5.0m, 5.00m));
    }

    [Fact]
    public void A_value_of_the_wrong_type_in_the_source_is_refused()
    {
        var field = new SorField<int>("Thing", "Count", "src", new[] { "src", "tgt" }, Array.Empty<SorFlowInfo>());
        var source = new SorRecord("Thing");
        source.Set("Thing.Count", "seven");

        SorFlowApplication application = SorFlowApplication.Begin(new SorFlowInfo("f", "src", "tgt", null, SorConflictRule.OwnerWins, null), source, new SorRecord("Thing"));

        Assert.Throws<InvalidCastException>(() => application.Copy(field));
    }

    [Fact]
    public void Begin_refuses_records_of_two_entities_and_one_record_twice()
    {
        var flow = new SorFlowInfo("f", "src", "tgt", null, SorConflictRule.OwnerWins, null);
        var account = new SorRecord("Account");

        Assert.Throws<ArgumentException>(() => SorFlowApplication.Begin(flow, account, new SorRecord("Contact")));
        Assert.Throws<ArgumentException>(() => SorFlowApplication.Begin(flow, account, account));
        Assert.Throws<ArgumentException>(() => SorFlowApplication.Begin(flow, account, new SorRecord("Account")).Copy(RevOpsFields.ContactEmail));
    }

    [Theory]
    [InlineData(SorConflictRule.OwnerWins, "b", "b", SorWriteOutcome.Written)]
    [InlineData(SorConflictRule.OwnerUnlessBlank, "", "a", SorWriteOutcome.IncomingBlank)]
    [InlineData(SorConflictRule.TargetIfBlank, "b", "a", SorWriteOutcome.TargetNotBlank)]
    public void A_flow_views_setter_keeps_the_same_rules(SorConflictRule rule, string offered, string expected, SorWriteOutcome outcome)
    {
        var field = new SorField<string>("Thing", "Value", "src", new[] { "src", "tgt" }, Array.Empty<SorFlowInfo>());
        var target = new SorRecord("Thing");
        target.Set(field, "a");

        Assert.Equal(outcome, SorFlowApplication.Write(new SorFlowInfo("f", "src", "tgt", null, rule, null), field, target, offered));
        Assert.Equal(expected, target.Get(field));
    }
}
