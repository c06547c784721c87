using System.Linq;
using SorAnalyzers.Model.Bindings;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Reading;
using Xunit;

namespace SorAnalyzers.Model.Tests.Bindings;

/// <summary>A field's <c>names:</c> as the model core reads it, and the one rule that maps a system's names to fields.</summary>
public class BindingNamesTests
{
    private const string Yaml = """
        sor: 1
        systems:
          crm: {}
          billing: {}
          warehouse: {}
        entities:
          Account:
            fields:
              Name:  { type: string,  owner: crm }
              Arr:   { type: decimal, owner: billing, names: { billing: metadata.arr, crm: AnnualRevenue, warehouse: arr_usd } }
              Email: { type: string,  owner: billing, names: { billing: email } }
        flows:
          - { id: billing-to-crm, from: billing, to: crm, fields: [Account.Arr] }
          - { id: billing-to-warehouse, from: billing, to: warehouse, fields: [Account.Arr] }
        """;

    private static OwnershipModel Model()
    {
        ModelReadResult result = ModelReader.Read(Yaml);
        Assert.Empty(result.Diagnostics);
        return result.Model!;
    }

    [Fact]
    public void Names_are_read_in_order_with_their_place()
    {
        FieldDefinition arr = Model().FindField("Account.Arr")!;

        Assert.Equal(new[] { "billing", "crm", "warehouse" }, arr.Names.Select(n => n.System));
        Assert.Equal("metadata.arr", arr.NameIn("billing"));
        Assert.Equal("AnnualRevenue", arr.NameIn("crm"));
        Assert.Null(Model().FindField("Account.Name")!.NameIn("crm"));
        FieldSystemName billing = arr.Names[0];
        Assert.Equal(("metadata", "arr"), (billing.BagMember, billing.Key));
        Assert.Equal((null, "AnnualRevenue"), (arr.Names[1].BagMember, arr.Names[1].Key));
        Assert.Equal(10, billing.Span.DisplayLine);
    }

    [Fact]
    public void Names_take_part_in_model_equality()
    {
        string renamed = Yaml.Replace("AnnualRevenue", "Revenue");

        Assert.Equal(Model(), ModelReader.Read(Yaml).Model);
        Assert.NotEqual(Model(), ModelReader.Read(renamed).Model);
    }

    [Fact]
    public void A_declared_name_is_matched_ignoring_case_and_replaces_the_field_name_in_that_system()
    {
        var names = new BindingNames(Model());

        Assert.Equal("Account.Arr", Assert.Single(names.Fields("crm", "Account", "annualrevenue")).Key);
        Assert.Empty(names.Fields("crm", "Account", "Arr"));
        Assert.Equal("Account.Arr", Assert.Single(names.Fields("warehouse", "Account", "ARR_USD")).Key);
    }

    [Fact]
    public void A_field_without_a_name_in_the_system_goes_by_its_own_name()
    {
        var names = new BindingNames(Model());

        Assert.Equal("Account.Name", Assert.Single(names.Fields("billing", "Account", "name")).Key);
        Assert.Equal("Account.Email", Assert.Single(names.Fields("crm", "Account", "Email")).Key);
        Assert.Empty(names.Fields("crm", "Account", "Phone"));
        Assert.Empty(names.Fields("crm", "Contact", "Name"));
    }

    [Fact]
    public void A_dotted_name_is_a_key_of_a_bag_member()
    {
        var names = new BindingNames(Model());

        Assert.Equal("Account.Arr", Assert.Single(names.BagFields("billing", "Account", "Metadata", "arr")).Key);
        Assert.Empty(names.BagFields("billing", "Account", "Metadata", "mrr"));
        Assert.Empty(names.BagFields("billing", "Account", "ExtraParams", "arr"));
        Assert.Empty(names.Fields("billing", "Account", "arr"));
    }

    [Fact]
    public void A_name_for_a_system_that_does_not_hold_the_field_is_reported_and_left_out()
    {
        ModelReadResult result = ModelReader.Read(Yaml.Replace("names: { billing: email }", "names: { billing: email, warehouse: email }"));

        Assert.Equal("SOR0041", Assert.Single(result.Diagnostics).Id);
        Assert.Null(result.Model!.FindField("Account.Email")!.NameIn("warehouse"));
        Assert.Equal("email", result.Model!.FindField("Account.Email")!.NameIn("billing"));
    }
}
