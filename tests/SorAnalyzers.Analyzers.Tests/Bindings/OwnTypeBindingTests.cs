using System.Threading.Tasks;
using Xunit;
using static SorAnalyzers.Analyzers.Tests.Bindings.BindingVerifier;

namespace SorAnalyzers.Analyzers.Tests.Bindings;

/// <summary>
/// Bindings of types shaped like other SDKs': a Dataverse-like entity (an indexer and a declared writer), DTOs
/// whose members go by serialized names, a type that holds two entities, a <c>[SorModelField]</c> member of a
/// bound type.
/// </summary>
public class OwnTypeBindingTests
{
    private const string Entity = """
        public class CrmEntity
        {
            private readonly System.Collections.Generic.Dictionary<string, object> _values = new();
            public object this[string attribute] { get => _values[attribute]; set => _values[attribute] = value; }
            public void SetAttributeValue(string attribute, object value) => _values[attribute] = value;
        }
        """;

    [Fact]
    public Task Entity_like_indexer_and_declared_writer() => VerifyAsync($$"""
        using SorAnalyzers;

        [assembly: SorBinding(typeof(CrmEntity), "crm", "Account")]
        [assembly: SorBindingWriter(typeof(CrmEntity), nameof(CrmEntity.SetAttributeValue))]

        {{Entity}}

        [SorSystem("crm")]
        class Job
        {
            void Run(CrmEntity account, string attribute)
            {
                account["name"] = "Contoso";
                account.SetAttributeValue("phone", "555");
                {|SOR0101:account["annualrevenue"] = 1m|};
                {|SOR0101:account.SetAttributeValue("AnnualRevenue", 1m)|};
                {|SOR0101:account.SetAttributeValue("billing_email", "a@b.c")|};
                account["description"] = "not a model field";
                account[{|SOR0111:attribute|}] = "x";
            }
        }
        """);

    [Fact]
    public Task Early_bound_entity_by_logical_name_with_the_writer_of_its_base() => VerifyAsync($$"""
        using SorAnalyzers;

        [assembly: SorBinding(typeof(CrmAccountEntity), "crm", "Account")]
        [assembly: SorBindingWriter(typeof(CrmEntity), nameof(CrmEntity.SetAttributeValue))]

        {{Entity}}

        [System.AttributeUsage(System.AttributeTargets.Property)]
        public sealed class AttributeLogicalNameAttribute(string name) : System.Attribute { public string Name { get; } = name; }

        public class CrmAccountEntity : CrmEntity
        {
            [AttributeLogicalName("annualrevenue")] public decimal? Revenue { get => (decimal?)this["annualrevenue"]; set => this["annualrevenue"] = value; }
            public string? Label { get => (string?)this["name"]; set => {|SOR0103:this["annualrevenue"] = 0m|}; }
        }

        [SorFlow("billing-to-crm")]
        class Job
        {
            void Run(CrmAccountEntity account)
            {
                account.Revenue = 1m;
                account.SetAttributeValue("annualrevenue", 1m);
                {|SOR0102:account["name"] = "Contoso"|};
            }
        }
        """);

    [Fact]
    public Task Complete_binding_reports_unmapped_bag_keys_and_indexer_keys() => VerifyAsync($$"""
        using System.Collections.Generic;
        using SorAnalyzers;

        [assembly: SorBinding(typeof(CrmEntity), "crm", "Account", Complete = true)]

        [SorBinding("billing", "Account", Complete = true)]
        public class StripeLike
        {
            public Dictionary<string, string> Metadata { get; } = new();
        }

        {{Entity}}

        [SorSystem("billing")]
        class Job
        {
            void Run(StripeLike customer, CrmEntity account)
            {
                customer.Metadata["arr"] = "1";
                {|SOR0125:customer.Metadata["color"] = "blue"|};
                {|SOR0104:account["name"] = "x"|};
                {|SOR0125:account["description"] = "x"|};
            }
        }
        """);

    [Fact]
    public Task A_deprecated_field_written_through_a_binding_warns() => VerifyAsync("""
        using SorAnalyzers;

        [SorBinding("crm", "Account")]
        public class CrmAccount { public string LegacyId { get; set; } = ""; }

        [SorSystem("crm")]
        class Job
        {
            void Run(CrmAccount account) => {|SOR0108:account.LegacyId = "x"|};
        }
        """, model: BindingModel.Yaml.Replace(
            "      Tier:  { type: string,  owner: warehouse, names: { billing: metadata.tier } }",
            "      Tier:  { type: string,  owner: warehouse, names: { billing: metadata.tier } }\n      LegacyId: { type: string, owner: crm, deprecated: Use Name. }"));

    [Fact]
    public Task Members_by_serialized_name() => VerifyAsync("""
        using System.Runtime.Serialization;
        using System.Text.Json.Serialization;
        using SorAnalyzers;

        [SorBinding("crm", "Account")]
        public class SalesforceAccount
        {
            [JsonPropertyName("AnnualRevenue")] public decimal Revenue { get; set; }
            [Newtonsoft.Json.JsonProperty("billing_email")] public string Mail { get; set; } = "";
            [DataMember(Name = "Name")] public string Title { get; set; } = "";
            public string AnnualRevenue2 { get; set; } = "";
        }

        [SorSystem("crm")]
        class Job
        {
            void Run(SalesforceAccount account)
            {
                account.Title = "Contoso";
                account.AnnualRevenue2 = "not a model field";
                {|SOR0101:account.Revenue = 1m|};
                {|SOR0101:account.Mail = "a@b.c"|};
            }
        }
        """);

    [Fact]
    public Task A_system_name_replaces_the_field_name_in_that_system() => VerifyAsync("""
        using SorAnalyzers;

        [SorBinding("crm", "Account")]
        public class CrmAccount
        {
            public decimal Arr { get; set; }
            public decimal AnnualRevenue { get; set; }
        }

        [SorSystem("crm")]
        class Job
        {
            void Run(CrmAccount account)
            {
                account.Arr = 1m;
                {|SOR0101:account.AnnualRevenue = 1m|};
            }
        }
        """);

    [Fact]
    public Task One_type_holds_two_entities() => VerifyAsync("""
        using SorAnalyzers;

        [SorBinding("crm", "Account")]
        [SorBinding("crm", "Contact")]
        public class CrmRow
        {
            public string Name { get; set; } = "";
            public string Email { get; set; } = "";
            public decimal AnnualRevenue { get; set; }
        }

        [SorFlow("billing-to-crm")]
        class Job
        {
            void Run(CrmRow row)
            {
                row.AnnualRevenue = 1m;
                {|SOR0102:row.Email = "a@b.c"|};
                {|SOR0102:row.Name = "Contoso"|};
            }
        }
        """);

    [Fact]
    public Task Derived_type_keeps_its_base_binding() => VerifyAsync("""
        using SorAnalyzers;

        [SorBinding("warehouse", "Account")]
        public class WarehouseAccount { public decimal Arr { get; set; } }
        public class BigWarehouseAccount : WarehouseAccount { }

        [SorSystem("billing")]
        class Job
        {
            void Run(BigWarehouseAccount account) => {|SOR0104:account.Arr = 1m|};
        }
        """);

    [Fact]
    public Task Model_field_member_of_a_bound_type_lands_in_its_system() => VerifyAsync("""
        using SorAnalyzers;

        [SorBinding("warehouse", "Account")]
        public class WarehouseAccount
        {
            [SorModelField("Account", "Arr")] public decimal Revenue { get; set; }
        }

        [SorFlow("billing-to-crm")]
        class Job
        {
            void Run(WarehouseAccount account) => {|SOR0104:account.Revenue = 1m|};
        }
        """);
}
