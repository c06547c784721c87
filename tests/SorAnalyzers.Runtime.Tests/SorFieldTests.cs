using System;
using System.Collections.Generic;
using SorAnalyzers;
using Xunit;
using static SorAnalyzers.Runtime.Tests.RevOpsFields;

namespace SorAnalyzers.Runtime.Tests;

public class SorFieldTests
{
    [Fact]
    public void A_descriptor_exposes_what_it_was_built_from()
    {
        Assert.Equal("Account", AccountArr.Entity);
        Assert.Equal("Arr", AccountArr.Name);
        Assert.Equal("Account.Arr", AccountArr.Key);
        Assert.Equal("Account.Arr", AccountArr.ToString());
        Assert.Equal(typeof(decimal), AccountArr.ValueType);
        Assert.Equal("billing", AccountArr.Owner);
        Assert.Equal(new[] { "billing", "crm", "bi" }, AccountArr.HeldBy);
        Assert.Equal(new[] { BillingToCrm, CrmToBi }, AccountArr.Flows);
        Assert.Equal("Annual recurring revenue", AccountArr.Description);
        Assert.True(AccountArr.IsRequired);
        Assert.False(AccountArr.IsPii);
        Assert.False(AccountArr.IsImmutable);
        Assert.Null(AccountArr.Deprecated);
    }

    [Fact]
    public void Optional_arguments_set_the_classification()
    {
        Assert.True(ContactEmail.IsPii);
        Assert.Equal("Use Contact.WorkEmail", ContactEmail.Deprecated);
        Assert.True(AccountId.IsImmutable);
        Assert.Equal(typeof(int?), AccountSeats.ValueType);
        Assert.Null(AccountName.Description);
        Assert.Empty(AccountName.Flows);
    }

    [Fact]
    public void The_lists_are_copies_the_caller_cannot_change_afterwards()
    {
        var heldBy = new[] { "crm", "bi" };
        var field = new SorField<string>("Account", "Name", "crm", heldBy, Array.Empty<SorFlowInfo>());

        heldBy[1] = "marketing";

        Assert.Equal(new[] { "crm", "bi" }, field.HeldBy);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)field.HeldBy)[0] = "x");
    }

    [Fact]
    public void HeldBy_must_start_with_the_owner()
    {
        var wrongOrder = Assert.Throws<ArgumentException>(() =>
            new SorField<decimal>("Account", "Arr", "billing", new[] { "crm", "billing" }, Array.Empty<SorFlowInfo>()));
        Assert.Equal("heldBy", wrongOrder.ParamName);
        Assert.Contains("'billing'", wrongOrder.Message);

        Assert.Throws<ArgumentException>(() =>
            new SorField<decimal>("Account", "Arr", "billing", Array.Empty<string>(), Array.Empty<SorFlowInfo>()));
    }

    [Theory]
    [InlineData("", "Arr", "billing", "entity")]
    [InlineData("Acc.ount", "Arr", "billing", "entity")]
    [InlineData("Account", "", "billing", "name")]
    [InlineData("Account", "A.rr", "billing", "name")]
    [InlineData("Account", "Arr", "", "owner")]
    public void Invalid_names_are_refused(string entity, string name, string owner, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new SorField<decimal>(entity, name, owner, new[] { owner }, Array.Empty<SorFlowInfo>()));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Null_lists_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() =>
            new SorField<decimal>("Account", "Arr", "billing", null!, Array.Empty<SorFlowInfo>()));
        Assert.Throws<ArgumentNullException>(() =>
            new SorField<decimal>("Account", "Arr", "billing", new[] { "billing" }, null!));
    }
}
