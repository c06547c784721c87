using System.Threading.Tasks;
using Xunit;
using static SorAnalyzers.Analyzers.Tests.SorVerifier;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>Each way C# can write a field, in a system context that does not own it (SOR0101).</summary>
public class WriteFormTests
{
    private static string InCrm(string body) => $$"""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class CrmSync
        {
            void Run(AccountDto dto, SorRecord record, decimal amount)
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public Task Simple_assignment() => VerifyAsync(InCrm("{|SOR0101:dto.Arr = amount|};"));

    [Fact]
    public Task Field_assignment() => VerifyAsync(InCrm("{|SOR0101:dto.ArrField = amount|};"));

    [Fact]
    public Task Compound_assignment() => VerifyAsync(InCrm("{|SOR0101:dto.Arr += amount|};"));

    [Fact]
    public Task Coalescing_assignment() => VerifyAsync(InCrm("{|SOR0101:dto.Health ??= \"Green\"|};"));

    [Fact]
    public Task Increment_and_decrement() => VerifyAsync(InCrm("{|SOR0101:dto.Arr++|}; {|SOR0101:--dto.Arr|};"));

    [Fact]
    public Task Object_initializer() => VerifyAsync(InCrm("var x = new AccountDto { Name = \"Contoso\", {|SOR0101:Arr = amount|} };"));

    [Fact]
    public Task With_expression() => VerifyAsync(InCrm("var s = new AccountSnapshot(); s = s with { {|SOR0101:Arr = amount|} };"));

    [Fact]
    public Task Deconstruction_assignment() => VerifyAsync(InCrm("({|SOR0101:dto.Arr|}, dto.Name) = (amount, \"Contoso\");"));

    [Fact]
    public Task Nested_deconstruction() => VerifyAsync(InCrm("(dto.Notes, ({|SOR0101:dto.Arr|}, {|SOR0101:dto.Health|})) = (\"n\", (amount, \"Red\"));"));

    [Fact]
    public Task Ref_and_out_arguments_but_not_in() => VerifyAsync(InCrm(
        "Integration.Reset({|SOR0101:ref dto.ArrField|}); Integration.Produce({|SOR0101:out dto.ArrField|}); Integration.Read(in dto.ArrField);"));

    [Fact]
    public Task Ref_and_out_arguments_of_constructors_base_calls_local_functions_and_delegates() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        delegate void Fill(out decimal value);

        class Reader
        {
            public Reader(ref decimal value) { }

            public Reader(out decimal value, int unused) { value = 0; }
        }

        [SorSystem("crm")]
        class CrmReader : Reader
        {
            public CrmReader(AccountDto dto) : base({|SOR0101:ref dto.ArrField|}) { }

            void Run(AccountDto dto, Fill fill)
            {
                var a = new Reader({|SOR0101:ref dto.ArrField|});
                Reader b = new({|SOR0101:out dto.ArrField|}, 1);
                fill({|SOR0101:out dto.ArrField|});
                Local({|SOR0101:out dto.ArrField|});
                decimal local = 0;
                var c = new Reader(ref local);

                static void Local(out decimal value) => value = 0;
            }
        }
        """);

    [Fact]
    public Task Record_set_with_descriptor() => VerifyAsync(InCrm("{|SOR0101:record.Set(SorFields.Account.Arr, amount)|};"));

    [Fact]
    public Task Record_set_with_descriptor_property() => VerifyAsync(InCrm("{|SOR0101:record.Set(SorFields.Account.Health, \"Red\")|};"));

    [Fact]
    public Task Record_set_with_constant_key() => VerifyAsync(InCrm("{|SOR0101:record.Set(\"Account.Arr\", amount)|};"));

    [Fact]
    public Task Constant_key_through_a_const() => VerifyAsync(InCrm("const string key = \"Account.Arr\"; {|SOR0101:record.Set(key, amount)|};"));

    [Fact]
    public Task User_method_with_sor_writes_descriptor() => VerifyAsync(InCrm("{|SOR0101:Integration.Push(SorFields.Account.Arr, amount)|};"));

    [Fact]
    public Task User_method_with_sor_writes_key() => VerifyAsync(InCrm("{|SOR0101:Integration.PushKey(\"Account.Arr\", amount)|};"));

    [Fact]
    public Task Descriptor_in_a_local() => VerifyAsync(InCrm("var field = SorFields.Account.Arr; {|SOR0101:record.Set(field, amount)|};"));

    [Fact]
    public Task Descriptor_in_a_static_readonly_field() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class CrmSync
        {
            private static readonly SorField<decimal> Revenue = SorFields.Account.Arr;

            void Run(SorRecord record) => {|SOR0101:record.Set(Revenue, 1m)|};
        }
        """);

    [Fact]
    public async Task Descriptor_in_a_static_readonly_field_of_another_file()
    {
        var test = new SorTest<Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>
        {
            TestCode = """
                using SorAnalyzers;
                using Contoso.RevOps;

                [SorSystem("crm")]
                class CrmSync
                {
                    void Run(SorRecord record) => {|SOR0101:record.Set(Descriptors.Revenue, 1m)|};
                }
                """,
        };
        test.TestState.Sources.Add(("/0/Descriptors.cs", """
            using SorAnalyzers;
            using Contoso.RevOps;

            static class Descriptors
            {
                public static readonly SorField<decimal> Revenue = SorFields.Account.Arr;
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public Task Reads_and_owned_writes_are_fine() => VerifyAsync(InCrm("""
        var arr = dto.Arr; dto.Name = "Contoso"; dto.Notes = "x"; record.Set(SorFields.Account.Name, "Contoso");
                Integration.Read(in dto.ArrField); var copy = record.Get(SorFields.Account.Arr);
        """));
}
