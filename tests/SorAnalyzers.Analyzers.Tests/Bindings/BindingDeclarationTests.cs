using System.Threading.Tasks;
using Xunit;
using static SorAnalyzers.Analyzers.Tests.Bindings.BindingVerifier;

namespace SorAnalyzers.Analyzers.Tests.Bindings;

/// <summary>A binding that names what the model or the type does not have, or that conflicts with another, is an error at the binding.</summary>
public class BindingDeclarationTests
{
    [Fact]
    public Task Unknown_system_and_entity() => VerifyAsync("""
        using SorAnalyzers;

        [assembly: SorBinding(typeof(Stripe.CustomerUpdateOptions), {|SOR0120:"biling"|}, "Account")]
        [assembly: SorBinding(typeof(Stripe.CustomerCreateOptions), "billing", {|SOR0121:"Acount"|})]

        [SorBinding({|SOR0120:"dwh"|}, {|SOR0121:"Customer"|})]
        public class WarehouseAccount { }
        """);

    [Fact]
    public Task Same_entity_bound_twice() => VerifyAsync("""
        using SorAnalyzers;

        [assembly: SorBinding(typeof(WarehouseAccount), "warehouse", "Account")]

        [SorBinding("warehouse", "Contact")]
        [{|SOR0124:SorBinding("billing", "Account")|}]
        public class WarehouseAccount { public decimal Arr { get; set; } public string Email { get; set; } = ""; }
        """);

    [Fact]
    public Task A_binding_that_maps_nothing_warns() => VerifyAsync("""
        using System.Collections.Generic;
        using SorAnalyzers;

        [assembly: SorBinding(typeof(Holder), "billing", "Account")]

        [{|SOR0126:SorBinding("warehouse", "Account")|}]
        public class Revenue { public decimal Amount { get; set; } private decimal Arr; }

        [{|SOR0126:SorBinding("crm", "Account")|}]
        public class WithABag { public Dictionary<string, string> Metadata { get; } = new(); }

        public class Holder { public Dictionary<string, string> Metadata { get; } = new(); }

        [SorBinding("warehouse", "Account")]
        public class Mapped { [SorModelField("Account", "Tier")] public string Grade { get; set; } = ""; }
        """);

    [Fact]
    public Task Member_mapping_that_names_nothing() => VerifyAsync("""
        using SorAnalyzers;
        using Stripe;

        [assembly: SorBinding(typeof(CustomerUpdateOptions), "billing", "Account")]
        [assembly: SorBindingMember(typeof(CustomerUpdateOptions), {|SOR0122:"Emial"|}, "Account.Email")]
        [assembly: SorBindingMember(typeof(CustomerUpdateOptions), {|SOR0122:"Email.arr"|}, "Account.Arr")]
        [assembly: SorBindingMember(typeof(CustomerUpdateOptions), nameof(CustomerUpdateOptions.Description), {|SOR0123:"Account.Tear"|})]
        [assembly: SorBindingMember(typeof(CustomerUpdateOptions), nameof(CustomerUpdateOptions.Phone), {|SOR0123:"Contact.Email"|})]
        [assembly: SorBindingMember(typeof(CustomerUpdateOptions), nameof(CustomerUpdateOptions.Metadata) + ".tier", "Account.Tier")]
        [assembly: {|SOR0124:SorBindingMember(typeof(CustomerUpdateOptions), "Metadata.TIER", "Account.Arr")|}]
        """);

    [Fact]
    public Task Writer_that_does_not_exist_or_takes_no_name() => VerifyAsync("""
        using SorAnalyzers;

        [assembly: SorBinding(typeof(Stripe.CustomerUpdateOptions), "billing", "Account")]
        [assembly: SorBindingWriter(typeof(Stripe.BaseOptions), {|SOR0122:"AddExtraParams"|})]
        [assembly: SorBindingWriter(typeof(Stripe.BaseOptions), nameof(Stripe.BaseOptions.AddExtraParam), KeyParameter = {|SOR0122:"name"|})]

        [SorBinding("crm", "Account")]
        public class CrmEntity
        {
            [{|SOR0122:SorBindingWriter|}]
            public void Touch(int version) { }
        }
        """);
}
