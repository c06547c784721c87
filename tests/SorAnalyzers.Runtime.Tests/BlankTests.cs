using System;
using SorAnalyzers;
using Xunit;
using static SorAnalyzers.Runtime.Tests.RevOpsFields;

namespace SorAnalyzers.Runtime.Tests;

public class BlankTests
{
    public static TheoryData<object?> BlankValues => new()
    {
        null,
        "",
        "   ",
        "\t\r\n",
        Guid.Empty,
        default(DateTime),
        default(DateTimeOffset),
        default(DateOnly),
    };

    public static TheoryData<object> RealValues => new()
    {
        "x",
        " x ",
        0,
        0m,
        0.0,
        false,
        true,
        DayOfWeek.Sunday,
        Guid.NewGuid(),
        new DateTime(2024, 1, 1),
        new DateOnly(2024, 1, 1),
    };

    [Theory]
    [MemberData(nameof(BlankValues))]
    public void Blank_values(object? value)
    {
        Assert.True(AccountName.IsBlank(value));
    }

    [Theory]
    [MemberData(nameof(RealValues))]
    public void Zero_false_and_other_real_values_are_not_blank(object value)
    {
        Assert.False(AccountName.IsBlank(value));
    }

    [Fact]
    public void A_record_field_is_blank_when_absent_or_set_to_a_blank_value()
    {
        var account = new SorRecord("Account");
        Assert.True(account.IsBlank(AccountName));
        Assert.True(account.IsBlank(AccountId));

        account.Set(AccountName, "  ");
        account.Set(AccountId, Guid.Empty);
        Assert.True(account.IsBlank(AccountName));
        Assert.True(account.IsBlank(AccountId));

        account.Set(AccountName, "Acme");
        account.Set(AccountId, Guid.NewGuid());
        account.Set(AccountArr, 0m);
        Assert.False(account.IsBlank(AccountName));
        Assert.False(account.IsBlank(AccountId));
        Assert.False(account.IsBlank(AccountArr));
    }
}
