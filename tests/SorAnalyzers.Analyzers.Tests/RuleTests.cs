using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SorAnalyzers.Analyzers.Writes;
using Xunit;
using static SorAnalyzers.Analyzers.Tests.SorVerifier;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>Each rule, with its full message where the message is the point.</summary>
public class RuleTests
{
    [Fact]
    public Task SOR0101_names_owner_copy_and_flow() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class CrmSync
        {
            void Run(AccountDto dto) => {|#0:dto.Arr = 1m|};
        }
        """,
        Diagnostic(WriteRules.NotOwner).WithLocation(0).WithArguments(
            "Account.Arr", "billing (Chargebee)", "crm holds a read-only copy delivered by flow billing-to-crm", "billing"));

    [Fact]
    public Task SOR0101_when_the_system_does_not_hold_the_field() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("marketing")]
        class MarketingSync
        {
            void Run(AccountDto dto) => {|#0:dto.Arr = 1m|};
        }
        """,
        Diagnostic(WriteRules.NotOwner).WithLocation(0).WithArguments(
            "Account.Arr", "billing (Chargebee)", "marketing does not hold it (no flow delivers it there)", "billing"));

    [Fact]
    public Task SOR0102_flow_writes_a_field_it_does_not_carry() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorFlow("billing-to-crm")]
        class BillingToCrm
        {
            void Run(SorRecord crmAccount) => {|#0:crmAccount.Set(SorFields.Account.Name, "x")|};
        }
        """,
        Diagnostic(WriteRules.NotCarried).WithLocation(0).WithArguments(
            "Account.Name", "billing-to-crm", "billing → crm (hourly, ownerWins)",
            "crm owns it, so only a targetIfBlank flow may fill it there: change it in crm"));

    [Fact]
    public Task SOR0102_says_when_the_flow_could_carry_it() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorFlow("crm-to-marketing")]
        class CrmToMarketing
        {
            void Run(SorRecord marketingContact) => {|#0:marketingContact.Set(SorFields.Contact.Phone, "x")|};
        }
        """,
        Diagnostic(WriteRules.NotCarried).WithLocation(0).WithArguments(
            "Contact.Phone", "crm-to-marketing", "crm → marketing (ownerWins)",
            "add Contact.Phone to the flow's fields in the model if it should carry it"));

    [Fact]
    public Task Flow_writes_what_it_carries_into_its_target() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorFlow("crm-to-cs")]
        class CrmToCs
        {
            void Run(Contoso.RevOps.Flows.CrmToCs.Account target, Contoso.RevOps.Cs.Account cs, SorRecord targetRecord)
            {
                target.Name = "Contoso";
                target.Arr = 1m;
                cs.Arr = 2m;
                targetRecord.Set(SorFields.Account.Arr, 3m);
                target.Record.Set(SorFields.Account.Name, "through the view's record");
                new SorRecord("Account").Set(SorFields.Account.Arr, 4m);
            }
        }
        """);

    [Fact]
    public Task SOR0104_flow_writing_back_into_its_source() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorFlow("crm-to-cs")]
        class CrmToCs
        {
            void Run(Contoso.RevOps.Crm.Account source) => {|#0:source.Name = "x"|};
        }
        """,
        Diagnostic(WriteRules.WrongSystem).WithLocation(0).WithArguments("Account.Name", "crm's copy", "flow crm-to-cs", "cs"));

    [Fact]
    public Task SOR0104_flow_writing_through_another_flows_view() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorFlow("billing-to-crm")]
        class BillingToCrm
        {
            void Run(Contoso.RevOps.Flows.CrmToCs.Account other) => {|#0:other.Arr = 1m|};
        }
        """,
        Diagnostic(WriteRules.WrongSystem).WithLocation(0).WithArguments(
            "Account.Arr", "cs through the view of flow crm-to-cs", "flow billing-to-crm", "crm"));

    [Fact]
    public Task SOR0104_system_writing_another_systems_copy() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class Crm
        {
            void Run(Contoso.RevOps.Cs.Account cs, Contoso.RevOps.Crm.Account crm)
            {
                crm.Name = "fine: crm owns it and this is crm's copy";
                {|#0:cs.Name = "x"|};
            }
        }
        """,
        Diagnostic(WriteRules.WrongSystem).WithLocation(0).WithArguments("Account.Name", "cs's copy", "system crm", "crm"));

    [Fact]
    public Task SOR0103_no_context_is_a_warning_with_the_owner() => VerifyAsync("""
        using Contoso.RevOps;

        class Legacy
        {
            void Run(AccountDto dto) => {|#0:dto.Arr = 1m|};
        }
        """,
        Diagnostic(WriteRules.NoContext).WithLocation(0).WithArguments("Account.Arr", "billing (Chargebee)"));

    [Fact]
    public Task SOR0105_unknown_system_with_did_you_mean() => VerifyAsync("""
        using SorAnalyzers;

        [SorSystem({|#0:"crn"|})]
        class Crm { }

        [SorSystem({|#1:"warehouse"|})]
        class Warehouse { }
        """,
        Diagnostic(WriteRules.UnknownSystem).WithLocation(0).WithArguments("crn", " (did you mean 'crm'?)"),
        Diagnostic(WriteRules.UnknownSystem).WithLocation(1).WithArguments("warehouse", ""));

    [Fact]
    public Task SOR0105_and_SOR0106_through_aliases_qualified_names_and_constants() => VerifyAsync("""
        global using Ctx = SorAnalyzers.SorSystemAttribute;
        using Ours = SorAnalyzers;
        using Along = SorAnalyzers.SorFlowAttribute;

        namespace App
        {
            using Owner = Ctx;

            [Ctx({|#0:"crn"|})]
            class ByGlobalAlias { }

            [Owner({|#1:"billingg"|})]
            class ByAliasOfAnAlias { }

            [Ours::SorSystem({|#2:"warehouse"|})]
            class ByAliasQualifiedName { }

            [global::SorAnalyzers.SorSystemAttribute({|#3:"crn"|})]
            class ByFullName { }

            class Sync
            {
                const string Flow = "billing-to-cmr";

                [Along({|#4:Flow|})]
                void Run() { }
            }
        }
        """,
        Diagnostic(WriteRules.UnknownSystem).WithLocation(0).WithArguments("crn", " (did you mean 'crm'?)"),
        Diagnostic(WriteRules.UnknownSystem).WithLocation(1).WithArguments("billingg", " (did you mean 'billing'?)"),
        Diagnostic(WriteRules.UnknownSystem).WithLocation(2).WithArguments("warehouse", ""),
        Diagnostic(WriteRules.UnknownSystem).WithLocation(3).WithArguments("crn", " (did you mean 'crm'?)"),
        Diagnostic(WriteRules.UnknownFlow).WithLocation(4).WithArguments("billing-to-cmr", " (did you mean 'billing-to-crm'?)"));

    [Fact]
    public Task SOR0106_unknown_flow_on_a_method_and_the_assembly() => VerifyAsync("""
        using SorAnalyzers;

        [assembly: SorFlow({|#0:"billing-to-cmr"|})]

        class Sync
        {
            [SorFlow({|#1:"crm-to-cs "|})]
            void Run() { }
        }
        """,
        Diagnostic(WriteRules.UnknownFlow).WithLocation(0).WithArguments("billing-to-cmr", " (did you mean 'billing-to-crm'?)"),
        Diagnostic(WriteRules.UnknownFlow).WithLocation(1).WithArguments("crm-to-cs ", " (did you mean 'crm-to-cs'?)"));

    [Fact]
    public Task SOR0105_writes_under_a_broken_context_are_not_checked_again() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem({|SOR0105:"crn"|})]
        class Crm
        {
            void Run(AccountDto dto) => dto.Arr = 1m;
        }
        """);

    [Fact]
    public Task SOR0107_two_contexts_on_one_member() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        class Sync
        {
            [SorSystem("crm")]
            [{|#0:SorFlow("billing-to-crm")|}]
            void Run(AccountDto dto) => dto.Arr = 1m;
        }
        """,
        Diagnostic(WriteRules.TwoContexts).WithLocation(0).WithArguments("Sync.Run(AccountDto)"));

    [Fact]
    public Task SOR0107_two_contexts_on_the_assembly_and_a_type() => VerifyAsync("""
        using SorAnalyzers;

        [assembly: SorSystem("crm")]
        [assembly: {|#0:SorFlow("crm-to-cs")|}]

        [SorSystem("cs"), {|#1:SorFlow("cs-to-crm")|}]
        class Sync { }
        """,
        Diagnostic(WriteRules.TwoContexts).WithLocation(0).WithArguments("The assembly"),
        Diagnostic(WriteRules.TwoContexts).WithLocation(1).WithArguments("Sync"));

    [Fact]
    public Task SOR0108_deprecated_field_read_written_and_keyed() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class Crm
        {
            void Run(AccountDto dto, SorRecord record)
            {
                var old = {|#0:dto.LegacyId|};
                {|#1:dto.LegacyId|} = "x";
                record.Set({|#2:SorFields.Account.LegacyId|}, "x");
                record.Set({|#3:"Account.LegacyId"|}, "x");
            }
        }
        """,
        Diagnostic(WriteRules.DeprecatedField).WithLocation(0).WithArguments("Account.LegacyId", "Use Account.Name instead."),
        Diagnostic(WriteRules.DeprecatedField).WithLocation(1).WithArguments("Account.LegacyId", "Use Account.Name instead."),
        Diagnostic(WriteRules.DeprecatedField).WithLocation(2).WithArguments("Account.LegacyId", "Use Account.Name instead."),
        Diagnostic(WriteRules.DeprecatedField).WithLocation(3).WithArguments("Account.LegacyId", "Use Account.Name instead."));

    [Fact]
    public Task SOR0109_unknown_constant_key_with_did_you_mean() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class Crm
        {
            void Run(SorRecord record, string dynamicKey)
            {
                record.Set({|#0:"Account.Nmae"|}, "x");
                Integration.PushKey({|#1:"Nothing.Here"|}, 1);
                record.Set({|#2:dynamicKey|}, "a parameter: cannot tell which field");
            }
        }
        """,
        Diagnostic(WriteRules.UnprovableField).WithLocation(2).WithArguments(
            "it comes from parameter 'dynamicKey', which the caller decides",
            "mark parameter 'dynamicKey' [SorWrites] so that every call of Run is checked, or pass a descriptor (SorFields.Entity.Field) or a constant key \"Entity.Field\""),
        Diagnostic(WriteRules.UnknownField).WithLocation(0).WithArguments("Account.Nmae", " (did you mean 'Account.Name'?)"),
        Diagnostic(WriteRules.UnknownField).WithLocation(1).WithArguments("Nothing.Here", ""));

    [Fact]
    public Task SOR0109_a_member_marked_as_a_field_the_model_does_not_have() => VerifyAsync("""
        using SorAnalyzers;

        public class WarehouseRow
        {
            [SorModelField("Acount", "Arr")] public decimal Revenue { get; set; }
            [SorModelField("Account", "Revenue")] public decimal Total { get; set; }
            [SorModelField("Account", "Arr")] public decimal Arr { get; set; }
        }

        [SorSystem("crm")]
        class Crm
        {
            void Run(WarehouseRow row)
            {
                {|#0:row.Revenue = 1m|};
                {|#1:row.Total += 2m|};
                row.Arr = row.Revenue;
            }
        }
        """,
        Diagnostic(WriteRules.UnknownField).WithLocation(0).WithArguments("Acount.Arr", " (did you mean 'Account.Arr'?), yet the member written, WarehouseRow.Revenue, is marked as that field: it cannot be checked"),
        Diagnostic(WriteRules.UnknownField).WithLocation(1).WithArguments("Account.Revenue", ", yet the member written, WarehouseRow.Total, is marked as that field: it cannot be checked"),
        Diagnostic(WriteRules.NotOwner).WithSpan(17, 9, 17, 30).WithArguments("Account.Arr", "billing (Chargebee)", "crm holds a read-only copy delivered by flow billing-to-crm", "billing"));

    [Fact]
    public async Task SOR0109_waits_for_the_model_when_the_model_lost_the_field()
    {
        // The model's own error (SOR0012, which fails the build) explains the missing field: no error at every write too.
        string broken = TestModel.Yaml.Replace(
            "      Arr:      { type: decimal, owner: billing }\n",
            "      Arr:      { type: decimal, owner: billing }\n      Bad:      { type: decimal, owner: nowhere }\n",
            System.StringComparison.Ordinal);
        Assert.NotEqual(TestModel.Yaml, broken);
        var test = new SorTest<EmptyCodeFixProvider>(broken)
        {
            TestCode = """
                using SorAnalyzers;

                public class WarehouseRow
                {
                    [SorModelField("Account", "Bad")] public decimal Bad { get; set; }
                }

                [SorSystem("crm")]
                class Crm
                {
                    void Run(WarehouseRow row) => row.Bad = 1m;
                }
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task SOR0110_unknown_system_in_msbuild()
    {
        var test = new SorTest<EmptyCodeFixProvider> { TestCode = "class C { }" };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.SorSystem = crn\n"));
        test.ExpectedDiagnostics.Add(Diagnostic(WriteRules.InvalidBuildContext).WithArguments(
            "The MSBuild property SorSystem names 'crn', which is not a system of the ownership model (did you mean 'crm'?)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Nothing_without_the_model()
    {
        var test = new SorTest<EmptyCodeFixProvider>(model: "sor: 1\nsystems: [") { TestCode = "using Contoso.RevOps; class C { void M(AccountDto d) => d.Arr = 1; }" };
        await test.RunAsync();
    }
}
