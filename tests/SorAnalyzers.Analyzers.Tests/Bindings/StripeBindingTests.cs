using System.Threading.Tasks;
using Xunit;
using static SorAnalyzers.Analyzers.Tests.Bindings.BindingVerifier;

namespace SorAnalyzers.Analyzers.Tests.Bindings;

/// <summary>
/// Stripe.net's options objects bound to billing's accounts: members by their serialized names, metadata keys
/// by the model's dotted names, in every write form, against and along the model.
/// </summary>
public class StripeBindingTests
{
    private static string Code(string context, string body) => $$"""
        using System.Collections.Generic;
        using SorAnalyzers;
        using Stripe;

        [assembly: SorBinding(typeof(CustomerUpdateOptions), "billing", "Account")]
        [assembly: SorBinding(typeof(CustomerCreateOptions), "billing", "Account")]

        {{context}}
        class Job
        {
            void Run(CustomerUpdateOptions options, string text, decimal amount, Dictionary<string, string> bag, string key)
            {
                {{body}}
            }
        }
        """;

    private const string Billing = "[SorSystem(\"billing\")]";
    private const string Crm = "[SorSystem(\"crm\")]";

    [Fact]
    public Task Options_initializer_along_the_model_is_clean() => VerifyAsync(Code(Billing, """
        var create = new CustomerCreateOptions { Email = text, Description = "not a model field", Metadata = new() { ["arr"] = "100", ["note"] = "free text" } };
        options.Email = text;
        options.Metadata["arr"] = amount.ToString();
        """));

    [Fact]
    public Task Options_setter_of_a_field_billing_only_copies() => VerifyAsync(Code(Billing, """
        {|SOR0101:options.Name = text|};
        var create = new CustomerCreateOptions { Email = text, {|SOR0101:Phone = text|} };
        """));

    [Fact]
    public Task Metadata_key_every_form() => VerifyAsync(Code(Crm, """
        {|SOR0104:options.Metadata["arr"] = "1"|};
        {|SOR0104:options.Metadata.Add("arr", "1")|};
        {|SOR0104:options.Metadata.TryAdd("arr", "1")|};
        {|SOR0104:options.Metadata.Remove("arr")|};
        var a = new CustomerUpdateOptions { Metadata = new() { {|SOR0104:["arr"] = "1"|} } };
        var b = new CustomerUpdateOptions { Metadata = new Dictionary<string, string> { {|SOR0104:{ "arr", "1" }|} } };
        var c = new CustomerUpdateOptions { Metadata = { {|SOR0104:["ARR"] = "1"|} } };
        options.Metadata["note"] = "not a model field";
        """));

    [Fact]
    public Task Metadata_key_of_a_field_billing_does_not_own() => VerifyAsync(Code(Billing, """
        {|SOR0101:options.Metadata["tier"] = "gold"|};
        """));

    [Fact]
    public Task Flow_writes_what_it_carries_into_its_target() => VerifyAsync(Code("[SorFlow(\"crm-to-billing\")]", """
        options.Name = text;
        options.Phone = text;
        {|SOR0102:options.Email = text|};
        {|SOR0102:options.Metadata["arr"] = "1"|};
        """));

    [Fact]
    public Task Flow_writing_into_its_source_is_the_wrong_system() => VerifyAsync(Code("[SorFlow(\"billing-to-crm\")]", """
        {|SOR0104:options.Email = text|};
        """));

    [Fact]
    public Task Key_followed_through_constants_and_locals() => VerifyAsync(Code(Billing, """
        const string tierKey = "tier";
        string arrKey = "arr";
        string either = amount > 0 ? "arr" : "tier";
        {|SOR0101:options.Metadata[tierKey] = "gold"|};
        options.Metadata[arrKey] = "1";
        {|SOR0101:options.Metadata[either] = "1"|};
        """));

    [Fact]
    public Task Bag_kept_in_a_local_is_followed_to_its_member() => VerifyAsync(Code(Billing, """
        var md = options.Metadata;
        {|SOR0101:md["tier"] = "gold"|};
        {|SOR0101:md.Add("tier", "gold")|};
        var plain = new Dictionary<string, string>();
        plain["tier"] = "gold";
        """));

    [Fact]
    public Task Key_that_cannot_be_told_is_SOR0111() => VerifyAsync(Code(Billing, """
        options.Metadata[{|SOR0111:key|}] = "1";
        options.Metadata.Add({|SOR0111:key + "x"|}, "1");
        """));

    [Fact]
    public Task Whole_bag_assigned_is_SOR0111_unless_built_in_place() => VerifyAsync(Code(Billing, """
        {|SOR0111:options.Metadata = bag|};
        options.Metadata = new Dictionary<string, string>();
        options.Metadata = null;
        """));

    [Fact]
    public Task Dictionary_of_an_unbound_type_is_not_a_model_write() => VerifyAsync(Code(Crm, """
        bag["arr"] = "1";
        bag.Add(key, "1");
        var other = new Dictionary<string, string> { ["arr"] = "1" };
        """));

    [Fact]
    public Task Writer_method_declared_on_the_base_options() => VerifyAsync("""
        using SorAnalyzers;
        using Stripe;

        [assembly: SorBinding(typeof(CustomerUpdateOptions), "billing", "Account")]
        [assembly: SorBindingWriter(typeof(BaseOptions), nameof(BaseOptions.AddExtraParam))]

        [SorSystem("billing")]
        class Job
        {
            void Run(CustomerUpdateOptions options, string key)
            {
                options.AddExtraParam("email", "a@b.c");
                {|SOR0101:options.AddExtraParam("name", "Contoso")|};
                options.AddExtraParam("expand", "x");
                options.AddExtraParam({|SOR0111:key|}, "x");
            }
        }
        """);

    [Fact]
    public Task Explicit_member_mapping_comes_first() => VerifyAsync("""
        using SorAnalyzers;
        using Stripe;

        [assembly: SorBinding(typeof(CustomerUpdateOptions), "billing", "Account")]
        [assembly: SorBindingMember(typeof(CustomerUpdateOptions), nameof(CustomerUpdateOptions.Description), "Account.Tier")]
        [assembly: SorBindingMember(typeof(CustomerUpdateOptions), nameof(CustomerUpdateOptions.Metadata) + ".segment", "Account.Tier")]

        [SorSystem("billing")]
        class Job
        {
            void Run(CustomerUpdateOptions options)
            {
                {|SOR0101:options.Description = "gold"|};
                {|SOR0101:options.Metadata["segment"] = "gold"|};
            }
        }
        """);

    [Fact]
    public Task Serialized_name_of_the_real_Stripe_entity() => VerifyAsync("""
        using SorAnalyzers;
        using Stripe;

        [assembly: SorBinding(typeof(Customer), "billing", "Account")]

        [SorFlow("billing-to-crm")]
        class Job
        {
            void Run(Customer customer)
            {
                {|SOR0104:customer.Email = "a@b.c"|};
                {|SOR0104:customer.Metadata["arr"] = "1"|};
            }
        }
        """);
}
