using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SorAnalyzers.CodeFixes;
using SorAnalyzers.Testing;
using Xunit;

using SorAnalyzers.Analyzers.Tests;

namespace SorAnalyzers.CodeFixes.Tests;

/// <summary>Each code fix, applied once and through Fix All, checked against the fixed code (or model).</summary>
public class CodeFixTests
{
    [Fact]
    public async Task Remove_write_statement_and_initializer_entry()
    {
        var test = new SorTest<RemoveWriteFix>
        {
            TestCode = """
                using SorAnalyzers;
                using Contoso.RevOps;

                [SorSystem("crm")]
                class CrmSync
                {
                    void Run(AccountDto dto, SorRecord record)
                    {
                        dto.Name = "Contoso";
                        // copied from billing by hand
                        {|SOR0101:dto.Arr = 1m|};
                        {|SOR0101:record.Set(SorFields.Account.Arr, 2m)|};
                        var x = new AccountDto { Name = "a", {|SOR0101:Arr = 3m|} };
                        var s = new AccountSnapshot() with { {|SOR0101:Arr = 4m|} };
                    }
                }
                """,
            FixedCode = """
                using SorAnalyzers;
                using Contoso.RevOps;

                [SorSystem("crm")]
                class CrmSync
                {
                    void Run(AccountDto dto, SorRecord record)
                    {
                        dto.Name = "Contoso";
                        var x = new AccountDto { Name = "a" };
                        var s = new AccountSnapshot() with { };
                    }
                }
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Remove_write_empties_an_expression_bodied_member_that_returns_nothing()
    {
        var test = new SorTest<RemoveWriteFix>
        {
            TestCode = """
            using SorAnalyzers;
            using Contoso.RevOps;

            [SorSystem("crm")]
            class CrmSync
            {
                void Run(AccountDto dto) => {|SOR0101:dto.Arr = 1m|};
                void Close(SorRecord account) => {|SOR0101:account.Set(SorFields.Account.Arr, 0m)|};
                AccountDto Dto { set => {|SOR0101:value.Arr = 2m|}; }
            }
            """,
            FixedCode = """
            using SorAnalyzers;
            using Contoso.RevOps;

            [SorSystem("crm")]
            class CrmSync
            {
                void Run(AccountDto dto) { }
                void Close(SorRecord account) { }
                AccountDto Dto { set { } }
            }
            """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Remove_write_of_a_bound_key_removes_the_statement_or_the_entry_but_not_a_collection_element()
    {
        const string bag = """
            [SorBinding("crm", "Account")]
            public class Bag : IEnumerable
            {
                public object this[string key] { get => 0; set { } }
                public void Add(string key, object value) { }
                public IEnumerator GetEnumerator() => null!;
            }
            """;
        var test = new SorTest<RemoveWriteFix>
        {
            TestCode = $$"""
                using System.Collections;
                using SorAnalyzers;

                {{bag}}

                [SorSystem("crm")]
                class Sync
                {
                    void Run(Bag bag)
                    {
                        {|SOR0101:bag["Arr"] = 1m|};
                        var a = new Bag { ["Name"] = "x", {|SOR0101:["Arr"] = 1m|} };
                        var b = new Bag { { "Name", "x" }, {|SOR0101:{ "Arr", 1m }|} };
                    }
                }
                """,
            FixedCode = $$"""
                using System.Collections;
                using SorAnalyzers;

                {{bag}}

                [SorSystem("crm")]
                class Sync
                {
                    void Run(Bag bag)
                    {
                        var a = new Bag { ["Name"] = "x" };
                        var b = new Bag { { "Name", "x" }, {|SOR0101:{ "Arr", 1m }|} };
                    }
                }
                """,
        };

        // The element the fix leaves alone is still reported (markup of a fixable rule is otherwise ignored in the fixed state).
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        await test.RunAsync();
    }

    [Theory]
    [InlineData("decimal Run(AccountDto dto) => {|SOR0101:dto.Arr = 1m|};")]
    [InlineData("void Run(AccountDto dto, decimal x) { x = {|SOR0101:dto.Arr = 1m|}; }")]
    [InlineData("void Run(AccountDto dto) { System.Action a = () => {|SOR0101:dto.Arr = 1m|}; }")]
    [InlineData("void Run(AccountDto dto) { decimal other; ({|SOR0101:dto.Arr|}, other) = (1m, 2m); }")]
    public async Task Remove_write_is_not_offered_where_it_would_break_the_code_or_remove_more(string member)
    {
        string source = $$"""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class CrmSync
        {
            {{member}}
        }
        """;
        var test = new SorTest<RemoveWriteFix> { TestCode = source };
        test.FixedCode = source;
        await test.RunAsync();
    }

    [Fact]
    public async Task Carry_in_flow_edits_a_flow_style_list_and_keeps_the_comment()
    {
        const string source = """
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorFlow("billing-to-crm")]
        class BillingToCrm
        {
            void Run(SorRecord targetAccount) { {|SOR0102:targetAccount.Set(SorFields.Account.Health, "x")|}; }
        }
        """;
        var test = new SorTest<CarryInFlowFix> { TestCode = source };
        // billing does not hold Account.Health: the model does not allow this flow to carry it.
        test.FixedState.AdditionalFiles.Add((TestModel.Path, TestModel.Yaml));
        test.FixedCode = source;
        await test.RunAsync();
    }

    [Fact]
    public async Task Carry_in_flow_adds_to_flow_list()
    {
        const string source = """
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorFlow("crm-to-marketing")]
        class CrmToMarketing
        {
            void Run(SorRecord targetContact, SorRecord targetAccount)
            {
                {|SOR0102:targetContact.Set(SorFields.Contact.Phone, "x")|};
                {|SOR0102:targetAccount.Set(SorFields.Account.Name, "x")|};
                {|SOR0102:targetContact.Set("Contact.Phone", "y")|};
            }
        }
        """;
        var test = new SorTest<CarryInFlowFix> { TestCode = source };
        test.FixedCode = WithoutMarkup(source);
        test.FixedState.AdditionalFiles.Add((TestModel.Path, TestModel.Yaml.Replace(
            "fields: [Contact.Email]", "fields: [Contact.Email, Contact.Phone, Account.Name]")));
        await test.RunAsync();
    }

    [Fact]
    public async Task Carry_in_flow_is_offered_for_a_targetIfBlank_fill_into_the_owner()
    {
        // The model lets a targetIfBlank flow carry a field into its owner (a fill never overwrites), so the
        // analyzer offers to carry it, as the model core's carry rule says.
        string model = TestModel.Yaml
            .Replace("fields: [Contact.Email]", "fields: [Contact.Email, Contact.Phone]")
            + "\n  - { id: marketing-fills-phone, from: marketing, to: crm, conflict: targetIfBlank, fields: [Contact.Email] }\n";
        const string source = """
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorFlow("marketing-fills-phone")]
        class MarketingFillsPhone
        {
            void Run(SorRecord crmContact) { {|SOR0102:crmContact.Set(SorFields.Contact.Phone, "x")|}; }
        }
        """;
        var test = new SorTest<CarryInFlowFix>(model) { TestCode = source };
        test.FixedCode = WithoutMarkup(source);
        test.FixedState.AdditionalFiles.Add((TestModel.Path, model.Replace(
            "conflict: targetIfBlank, fields: [Contact.Email] }", "conflict: targetIfBlank, fields: [Contact.Email, Contact.Phone] }")));
        await test.RunAsync();
    }

    [Fact]
    public async Task Carry_in_flow_edits_the_file_that_declares_the_flow_in_a_split_model()
    {
        const string source = """
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorFlow("crm-to-marketing")]
        class CrmToMarketing
        {
            void Run(SorRecord targetContact) { {|SOR0102:targetContact.Set(SorFields.Contact.Phone, "x")|}; }
        }
        """;
        var parts = SplitModels.Split(TestModel.Yaml);
        Assert.Contains("fields: [Contact.Email]", parts[2].Text);
        var test = new SorTest<CarryInFlowFix> { TestCode = source };
        test.TestState.AdditionalFiles.Clear();
        foreach ((string name, string text) in parts)
        {
            test.TestState.AdditionalFiles.Add(("/0/model/" + name, text));
            test.FixedState.AdditionalFiles.Add(("/0/model/" + name, name.StartsWith("3-", System.StringComparison.Ordinal)
                ? text.Replace("fields: [Contact.Email]", "fields: [Contact.Email, Contact.Phone]")
                : text));
        }

        test.FixedCode = WithoutMarkup(source);
        await test.RunAsync();
    }

    [Fact]
    public async Task Carry_in_flow_adds_to_a_block_list_with_its_indentation()
    {
        const string source = """
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorFlow("crm-to-cs")]
        class CrmToCs
        {
            void Run(SorRecord targetContact) => {|SOR0102:targetContact.Set(SorFields.Contact.Email, "x")|};
        }
        """;
        var test = new SorTest<CarryInFlowFix> { TestCode = source };
        test.FixedCode = WithoutMarkup(source);
        test.FixedState.AdditionalFiles.Add((TestModel.Path, TestModel.Yaml.Replace(
            "      - Account.Arr\n", "      - Account.Arr\n      - Contact.Email\n")));
        await test.RunAsync();
    }

    [Fact]
    public async Task Add_context_offers_the_owner_and_each_carrying_flow()
    {
        const string source = """
            using Contoso.RevOps;

            class Legacy
            {
                void Run(AccountDto dto)
                {
                    {|SOR0103:dto.Arr = 1m|};
                    {|SOR0103:dto.Arr += 1m|};
                }
            }
            """;
        foreach ((int index, string attribute) in new[] { (0, "SorSystem(\"billing\")"), (1, "SorFlow(\"billing-to-crm\")"), (2, "SorFlow(\"crm-to-cs\")") })
        {
            var test = new SorTest<AddContextFix>
            {
                TestCode = source,
                CodeActionIndex = index,
                FixedCode = $$"""
                    using Contoso.RevOps;
                    using SorAnalyzers;

                    class Legacy
                    {
                        [{{attribute}}]
                        void Run(AccountDto dto)
                        {
                            dto.Arr = 1m;
                            dto.Arr += 1m;
                        }
                    }
                    """,
            };
            await test.RunAsync();
        }
    }

    [Fact]
    public async Task Add_context_on_a_view_write_offers_only_contexts_that_land_there()
    {
        var test = new SorTest<AddContextFix>
        {
            TestCode = """
                using SorAnalyzers;

                class Legacy
                {
                    /// <summary>Copies the ARR.</summary>
                    public void Run(Contoso.RevOps.Cs.Account cs) => {|SOR0103:cs.Arr = 1m|};
                }
                """,
            FixedCode = """
                using SorAnalyzers;

                class Legacy
                {
                    /// <summary>Copies the ARR.</summary>
                    [SorFlow("crm-to-cs")]
                    public void Run(Contoso.RevOps.Cs.Account cs) => cs.Arr = 1m;
                }
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Nearest_name_replaces_unknown_system_flow_and_key()
    {
        var test = new SorTest<NearestNameFix>
        {
            TestCode = """
                using SorAnalyzers;

                [SorSystem({|SOR0105:"crn"|})]
                class Crm
                {
                    [SorFlow({|SOR0106:"billing-to-cmr"|})]
                    void Run(SorRecord target) => target.Set({|SOR0109:"Account.Nmae"|}, "x");
                }
                """,
            FixedCode = """
                using SorAnalyzers;

                [SorSystem("crm")]
                class Crm
                {
                    [SorFlow("billing-to-crm")]
                    void Run(SorRecord target) => {|SOR0102:target.Set("Account.Name", "x")|};
                }
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Nearest_name_replaces_unknown_system_entity_and_field_of_a_binding()
    {
        var test = new SorTest<NearestNameFix>
        {
            TestCode = """
                using SorAnalyzers;

                [assembly: SorBindingMember(typeof(CrmAccount), nameof(CrmAccount.Title), {|SOR0123:"Account.Nmae"|})]

                [SorBinding("crm", "Account")]
                [SorBinding({|SOR0120:"bililng"|}, {|SOR0121:"Contcat"|})]
                public class CrmAccount { public string Title { get; set; } = ""; public string Email { get; set; } = ""; }
                """,
            FixedCode = """
                using SorAnalyzers;

                [assembly: SorBindingMember(typeof(CrmAccount), nameof(CrmAccount.Title), "Account.Name")]

                [SorBinding("crm", "Account")]
                [SorBinding("billing", "Contact")]
                public class CrmAccount { public string Title { get; set; } = ""; public string Email { get; set; } = ""; }
                """,
        };
        await test.RunAsync();
    }

    private static string WithoutMarkup(string source)
        => System.Text.RegularExpressions.Regex.Replace(source, @"\{\|SOR\d{4}:|\|\}", string.Empty);
}
