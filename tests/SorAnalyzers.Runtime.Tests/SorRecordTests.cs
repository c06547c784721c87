using System;
using System.Linq;
using SorAnalyzers;
using Xunit;
using static SorAnalyzers.Runtime.Tests.RevOpsFields;

namespace SorAnalyzers.Runtime.Tests;

public class SorRecordTests
{
    [Fact]
    public void Set_then_Get_returns_the_value_typed_and_by_key()
    {
        var account = new SorRecord("Account");

        account.Set(AccountArr, 12_000m);

        Assert.Equal(12_000m, account.Get(AccountArr));
        Assert.Equal(12_000m, account.Get("Account.Arr"));
        Assert.True(account.Contains("Account.Arr"));
    }

    [Fact]
    public void Set_replaces_the_previous_value()
    {
        var account = new SorRecord("Account");
        account.Set(AccountName, "Acme");

        account.Set(AccountName, "Acme Corp");

        Assert.Equal("Acme Corp", account.Get(AccountName));
        Assert.Single(account.Keys);
    }

    [Fact]
    public void Get_of_an_absent_field_is_the_default()
    {
        var account = new SorRecord("Account");

        Assert.Equal(0m, account.Get(AccountArr));
        Assert.Null(account.Get(AccountName));
        Assert.Null(account.Get(AccountSeats));
        Assert.Null(account.Get("Account.Arr"));
        Assert.False(account.Contains("Account.Arr"));
    }

    [Fact]
    public void TryGet_reports_presence()
    {
        var account = new SorRecord("Account");

        Assert.False(account.TryGet(AccountArr, out decimal missing));
        Assert.Equal(0m, missing);

        account.Set(AccountArr, 0m);
        Assert.True(account.TryGet(AccountArr, out decimal zero));
        Assert.Equal(0m, zero);
    }

    [Fact]
    public void TryGet_counts_a_stored_null_as_present_only_when_T_can_be_null()
    {
        var account = new SorRecord("Account");
        account.Set("Account.Seats", null);
        account.Set("Account.Name", null);
        account.Set("Account.Arr", null);

        Assert.True(account.TryGet(AccountSeats, out int? seats));
        Assert.Null(seats);
        Assert.True(account.TryGet(AccountName, out string? name));
        Assert.Null(name);
        Assert.False(account.TryGet(AccountArr, out decimal arr));
        Assert.Equal(0m, arr);
        Assert.Equal(0m, account.Get(AccountArr));
    }

    [Fact]
    public void A_value_of_the_wrong_type_set_by_key_fails_typed_reads()
    {
        var account = new SorRecord("Account");
        account.Set("Account.Arr", "12000");

        var get = Assert.Throws<InvalidCastException>(() => account.Get(AccountArr));
        Assert.Contains("Account.Arr", get.Message);
        Assert.Contains("System.String", get.Message);
        Assert.Throws<InvalidCastException>(() => account.TryGet(AccountArr, out _));
    }

    [Fact]
    public void Keys_lists_every_field_set_including_blank_ones()
    {
        var account = new SorRecord("Account");
        account.Set(AccountArr, 1m);
        account.Set(AccountName, "");
        account.Set("Account.Region", "EMEA");

        Assert.Equal(
            new[] { "Account.Arr", "Account.Name", "Account.Region" },
            account.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void A_descriptor_of_another_entity_is_refused_by_every_member()
    {
        var account = new SorRecord("Account");

        var set = Assert.Throws<ArgumentException>(() => account.Set(ContactEmail, "a@b.c"));
        Assert.Equal("field", set.ParamName);
        Assert.Contains("Contact.Email", set.Message);
        Assert.Contains("'Account'", set.Message);
        Assert.Throws<ArgumentException>(() => account.Get(ContactEmail));
        Assert.Throws<ArgumentException>(() => account.TryGet(ContactEmail, out _));
        Assert.Throws<ArgumentException>(() => account.IsBlank(ContactEmail));
        Assert.Empty(account.Keys);
    }

    [Theory]
    [InlineData("Contact.Email")]
    [InlineData("Accounts.Arr")]
    [InlineData("Acc.Arr")]
    [InlineData("account.Arr")]
    public void A_key_of_another_entity_is_refused(string key)
    {
        var account = new SorRecord("Account");

        var set = Assert.Throws<ArgumentException>(() => account.Set(key, 1));
        Assert.Equal("key", set.ParamName);
        Assert.Contains("'Account'", set.Message);
        Assert.Throws<ArgumentException>(() => account.Get(key));
        Assert.Throws<ArgumentException>(() => account.Contains(key));
        Assert.Empty(account.Keys);
    }

    [Theory]
    [InlineData("Arr")]
    [InlineData("")]
    [InlineData(".Arr")]
    [InlineData("Account.")]
    [InlineData("Account.Arr.Value")]
    public void A_key_not_of_the_form_Entity_Field_is_refused(string key)
    {
        var account = new SorRecord("Account");

        var set = Assert.Throws<ArgumentException>(() => account.Set(key, 1));
        Assert.Contains("Entity.Field", set.Message);
        Assert.Throws<ArgumentException>(() => account.Get(key));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var account = new SorRecord("Account");

        Assert.Throws<ArgumentNullException>(() => account.Set((SorField<decimal>)null!, 1m));
        Assert.Throws<ArgumentNullException>(() => account.Set((string)null!, 1m));
        Assert.Throws<ArgumentNullException>(() => account.IsBlank(null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Account.Sub")]
    public void An_invalid_entity_name_is_refused(string entity)
    {
        Assert.Throws<ArgumentException>(() => new SorRecord(entity));
    }

    [Fact]
    public void Entity_is_the_name_given()
    {
        Assert.Equal("Account", new SorRecord("Account").Entity);
    }
}
