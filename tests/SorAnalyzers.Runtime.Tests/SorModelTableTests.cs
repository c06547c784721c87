using System;
using SorAnalyzers;
using Xunit;

namespace SorAnalyzers.Runtime.Tests;

/// <summary>The compact table generated code creates its descriptors from (format: SorModelTable's remarks).</summary>
public class SorModelTableTests
{
    // Two flows; an entity whose text has spaces, colons, digits, a tilde and a line break in its values.
    private static readonly string[] Parts =
    {
        "1 2 14:billing-to-crm 7:billing 3:crm 6:hourly 9:OwnerWins 15:Finance systems 9:crm-to-bi 3:crm 2:bi ~ 13:TargetIfBlank ~ ",
        "7:Account 2 3:Arr 7:billing 3 7:billing 3:crm 2:bi 2 0 1 14:a: 1 ~ b\nc 2:~ 3 ~ 4:Note 3:crm 1 3:crm 0 ~ 4 11:Gone, 2027. ",
        "5:Empty 0 ",
    };

    [Fact]
    public void Descriptors_carry_every_value_of_the_table_and_share_its_flows()
    {
        var table = new SorModelTable(Parts);

        Assert.Equal(2, table.FieldCount);
        Assert.Equal(new[] { "billing-to-crm", "crm-to-bi" }, new[] { table.Flows[0].Id, table.Flows[1].Id });
        SorFlowInfo relay = table.Flows[1];
        Assert.Equal(("crm", "bi", null, SorConflictRule.TargetIfBlank, null), (relay.From, relay.To, relay.Frequency, relay.Conflict, relay.ErrorOwner));
        Assert.Equal(("hourly", "Finance systems"), (table.Flows[0].Frequency, table.Flows[0].ErrorOwner));

        SorField<decimal> arr = table.CreateField<decimal>(0);
        Assert.Equal(("Account", "Arr", "Account.Arr", "billing", typeof(decimal)), (arr.Entity, arr.Name, arr.Key, arr.Owner, arr.ValueType));
        Assert.Equal(new[] { "billing", "crm", "bi" }, arr.HeldBy);
        Assert.Equal(2, arr.Flows.Count);
        Assert.Same(table.Flows[0], arr.Flows[0]);
        Assert.Same(table.Flows[1], arr.Flows[1]);
        Assert.Equal("a: 1 ~ b\nc 2:~", arr.Description);
        Assert.Equal((true, true, false, (string?)null), (arr.IsPii, arr.IsRequired, arr.IsImmutable, arr.Deprecated));

        SorField<string> note = table.CreateField<string>(1);
        Assert.Equal(new[] { "crm" }, note.HeldBy);
        Assert.Empty(note.Flows);
        Assert.Null(note.Description);
        Assert.Equal((false, false, true, "Gone, 2027."), (note.IsPii, note.IsRequired, note.IsImmutable, note.Deprecated));
    }

    [Fact]
    public void Each_field_is_created_once_and_listed_in_the_table_order()
    {
        var table = new SorModelTable(Parts);

        // Generated code passes one descriptor per entity class; reading it created the class's others.
        SorField<string> note = table.CreateField<string>(1);
        SorField<decimal> arr = table.CreateField<decimal>(0);
        Assert.Same(arr, table.CreateField<decimal>(0));
        Assert.Equal(new SorField[] { arr, note }, table.AllFields(new SorField[] { arr }));
        Assert.Same(arr, table.AllFields(Array.Empty<SorField>())[0]);
        Assert.Throws<ArgumentNullException>(() => table.AllFields(null!));

        var mismatch = Assert.Throws<InvalidOperationException>(() => table.CreateField<string>(0));
        Assert.Contains("Account.Arr", mismatch.Message);
    }

    [Fact]
    public void A_field_never_created_is_named_when_all_are_listed()
    {
        var table = new SorModelTable(Parts);
        table.CreateField<decimal>(0);

        var error = Assert.Throws<InvalidOperationException>(() => table.AllFields(Array.Empty<SorField>()));
        Assert.Contains("Account.Note (field 1 of the table)", error.Message);
    }

    [Fact]
    public void A_table_of_no_flows_and_no_fields_reads()
    {
        var table = new SorModelTable(new[] { "1 0 " });

        Assert.Empty(table.Flows);
        Assert.Equal(0, table.FieldCount);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void A_field_outside_the_table_is_refused(int index)
    {
        var table = new SorModelTable(Parts);

        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => table.CreateField<int>(index)).ParamName);
    }

    [Theory]
    [InlineData("2 0 ", "format version 2")]
    [InlineData("1 1 2:id 4:from 2:to ~ 9:Sometimes ~ ", "a conflict rule")]
    [InlineData("1 0", "a space after an item")]
    [InlineData("1 0 x", "the end of the part")]
    [InlineData("1 1 9:id ", "a string")]
    [InlineData("1 1 ~ ", "a string, not ~")]
    [InlineData("1 99999999999 ", "a number")]
    public void A_malformed_flows_part_is_a_format_error(string flows, string expected)
    {
        var error = Assert.Throws<FormatException>(() => new SorModelTable(new[] { flows }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1:E 1 1:F 1:s 1 1:s 1 3 ~ 0 ~ ", "flow 3 of a table of 2 flows")]
    [InlineData("1:E 2 1:F 1:s 1 1:s 0 ~ 0 ~ ", "a string")]
    [InlineData("1:E 1 1:F 1:s 1 1:s 0 ~ 0 ~ extra ", "the end of the part")]
    public void A_malformed_entity_part_is_a_format_error_naming_the_part(string entity, string expected)
    {
        var error = Assert.Throws<FormatException>(() => new SorModelTable(new[] { Parts[0], entity }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("part 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holder_list_that_does_not_start_with_the_owner_is_refused_by_the_descriptor()
    {
        var table = new SorModelTable(new[] { "1 0 ", "1:E 1 1:F 1:s 1 1:t 0 ~ 0 ~ " });

        Assert.Equal("heldBy", Assert.Throws<ArgumentException>(() => table.CreateField<int>(0)).ParamName);
    }

    [Fact]
    public void Missing_parts_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new SorModelTable(null!));
        Assert.Throws<FormatException>(() => new SorModelTable(Array.Empty<string>()));
        Assert.Throws<ArgumentNullException>(() => new SorModelTable(new[] { "1 0 ", null! }));
    }
}
