using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static SorAnalyzers.Analyzers.Tests.SorVerifier;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>Which context is in force: the nearest declaration wins; lambdas and local functions inherit.</summary>
public class ContextTests
{
    [Fact]
    public Task Member_overrides_type_and_type_overrides_assembly() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [assembly: SorSystem("marketing")]

        [SorSystem("crm")]
        class Sync
        {
            [SorSystem("billing")]
            void Billing(AccountDto dto) => dto.Arr = 1m;

            void Crm(AccountDto dto) => {|SOR0101:dto.Arr = 1m|};
        }

        class Elsewhere
        {
            void Marketing(AccountDto dto) => {|SOR0101:dto.Name = "x"|};
        }
        """);

    [Fact]
    public Task Nested_types_look_outward() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("billing")]
        class Outer
        {
            class Inner
            {
                void Run(AccountDto dto) { dto.Arr = 1m; {|SOR0101:dto.Name = "x"|}; }
            }

            [SorFlow("billing-to-crm")]
            struct Flow
            {
                void Run(Contoso.RevOps.Flows.BillingToCrm.Account crm) => crm.Arr = 1m;
            }
        }
        """);

    [Fact]
    public Task Lambdas_and_local_functions_inherit() => VerifyAsync("""
        using System;
        using SorAnalyzers;
        using Contoso.RevOps;

        class Sync
        {
            [SorSystem("crm")]
            void Run(AccountDto dto)
            {
                Action a = () => {|SOR0101:dto.Arr = 1m|};
                Func<decimal, decimal> b = x => {|SOR0101:dto.Arr = x|};
                Local();
                void Local() => {|SOR0101:dto.Arr = 2m|};
                static void Static(AccountDto d) => {|SOR0101:d.Arr = 3m|};
            }
        }
        """);

    [Fact]
    public Task Accessors_constructors_and_initializers() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class Sync
        {
            private readonly AccountDto _dto = new AccountDto { {|SOR0101:Arr = 1m|} };

            [SorSystem("billing")]
            public Sync() => _dto.Arr = 2m;

            [SorSystem("billing")]
            public decimal Arr
            {
                get => _dto.Arr;
                set => _dto.Arr = value;
            }

            public decimal Bad { set => {|SOR0101:_dto.Arr = value|}; }
        }
        """);

    [Fact]
    public async Task MSBuild_property_is_the_outermost_context()
    {
        var test = new SorTest<EmptyCodeFixProvider>
        {
            TestCode = """
                using SorAnalyzers;
                using Contoso.RevOps;

                class Sync
                {
                    void Run(AccountDto dto) { dto.Name = "crm owns it"; {|SOR0101:dto.Arr = 1m|}; }

                    [SorFlow("billing-to-crm")]
                    void Flow(AccountDto dto) => dto.Arr = 1m;
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.SorSystem = crm\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task MSBuild_flow_property()
    {
        var test = new SorTest<EmptyCodeFixProvider>
        {
            TestCode = """
                using Contoso.RevOps;

                class Sync
                {
                    void Run(AccountDto dto) { dto.Arr = 1m; {|SOR0102:dto.Name = "x"|}; }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.SorFlow = billing-to-crm\n"));
        await test.RunAsync();
    }
}
