using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SorAnalyzers.Analyzers.Writes;
using Xunit;
using static SorAnalyzers.Analyzers.Tests.SorVerifier;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>
/// The routes a descriptor takes before it is written (issue "no silent pass"): each is followed to the
/// field and checked, or reported as unprovable (SOR0111); the same routes with an owned field stay silent.
/// </summary>
public class WriteRouteTests
{
    private static string In(string system, string members, string body) => $$"""
        using System;
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("{{system}}")]
        class Sync
        {
            {{members}}

            void Run(SorRecord record, AccountDto dto, decimal amount, bool flag, int n)
            {
                {{body}}
            }
        }
        """;

    private const string Routes = """
        private readonly SorField<decimal> _arr = SorFields.Account.Arr;
            private static readonly SorField<decimal> FromStaticConstructor;
            static Sync() { FromStaticConstructor = SorFields.Account.Arr; }
            private static SorField<decimal> Score => SorFields.Account.Arr;
            private static SorField<decimal> Stored { get; } = SorFields.Account.Arr;
            private static SorField<decimal> Pick() { return SorFields.Account.Arr; }
        """;

    private const string RouteWrites = """
        var arr = SorFields.Account.Arr; var a2 = arr; var a3 = a2;
                {|#0:record.Set(a3, amount)|};
                {|#1:record.Set(_arr, amount)|};
                {|#2:record.Set(FromStaticConstructor, amount)|};
                {|#3:record.Set(Score, amount)|};
                {|#4:record.Set(Stored, amount)|};
                {|#5:record.Set(Pick(), amount)|};
                {|#6:record.Set((SorField<decimal>)SorFields.Account.Arr, amount)|};
                {|#7:record.Set(SorFields.Account.Arr!, amount)|};
                if (SorFields.Account.Arr is var f) { {|#8:record.Set(f, amount)|}; }
                {|#9:record.Set(n switch { 0 => SorFields.Account.Arr, _ => a2 }, amount)|};
                SorField<decimal> Local() => SorFields.Account.Arr;
                {|#10:record.Set(Local(), amount)|};
                Action<SorField<decimal>, decimal> put = record.Set;
                {|#11:put(SorFields.Account.Arr, 1m)|};
                {|#12:Integration.Push(flag ? a3 : null!, amount)|};
        """;

    [Fact]
    public Task Every_route_of_a_descriptor_is_followed_to_the_field()
    {
        var expected = new DiagnosticResult[13];
        for (int i = 0; i < expected.Length; i++)
        {
            expected[i] = new DiagnosticResult(WriteRules.NotOwner.Id, DiagnosticSeverity.Error).WithLocation(i);
        }

        return VerifyAsync(In("crm", Routes, RouteWrites), expected);
    }

    [Fact]
    public Task The_same_routes_are_silent_for_the_owner() => VerifyAsync(In("billing", Routes, RouteWrites));

    [Fact]
    public Task Each_branch_of_a_conditional_is_checked() => VerifyAsync(In("crm", "", """
        record.Set(flag ? SorFields.Account.Name : SorFields.Account.Name, "fine: crm owns Name");
                {|#0:record.Set(flag ? SorFields.Account.Name : SorFields.Account.Health, "x")|};
                {|#1:record.Set(n switch { 0 => "Account.Name", 1 => "Account.Arr", _ => "Account.Health" }, "x")|};
        """),
        Diagnostic(WriteRules.NotOwner).WithLocation(0).WithArguments("Account.Health", "cs (Gainsight)", "crm holds a read-only copy delivered by flow cs-to-crm", "cs"),
        Diagnostic(WriteRules.NotOwner).WithLocation(1).WithArguments("Account.Arr", "billing (Chargebee)", "crm holds a read-only copy delivered by flow billing-to-crm", "billing"),
        Diagnostic(WriteRules.NotOwner).WithLocation(1).WithArguments("Account.Health", "cs (Gainsight)", "crm holds a read-only copy delivered by flow cs-to-crm", "cs"));

    [Fact]
    public Task A_local_reassigned_from_two_fields_checks_both() => VerifyAsync(In("crm", "", """
        var field = SorFields.Account.Name;
                if (flag) { field = SorFields.Account.Name; }
                record.Set(field, "fine");
                var other = SorFields.Account.Name;
                if (flag) { other = SorFields.Account.Health; }
                {|SOR0101:record.Set(other, "x")|};
        """));

    [Fact]
    public Task What_cannot_be_followed_is_reported_where_it_is_written() => VerifyAsync(In("crm", """
        private SorField<string> _mutable = SorFields.Account.Name;
            protected virtual SorField<string> Virtual => SorFields.Account.Name;
            private static SorField<string> WithSetter { get; set; } = SorFields.Account.Name;
            private static void Hand<T>(Action<SorField<T>, T> put) { }
        """, """
        record.Set({|SOR0111:_mutable|}, "not readonly");
                record.Set({|SOR0111:Virtual|}, "an override may return anything");
                record.Set({|SOR0111:WithSetter|}, "any code may set it");
                record.Set({|SOR0111:"Account." + (flag ? "Name" : "Arr")|}, "computed key");
                foreach (var field in new[] { SorFields.Account.Name, SorFields.Account.Health })
                {
                    record.Set({|SOR0111:field|}, "one element after another");
                }

                record.Set({|SOR0111:new SorField<string>("Account", "Name", "crm", new[] { "crm" }, Array.Empty<SorFlowInfo>())|}, "built at run time");
                Array.ForEach(new[] { SorFields.Account.Health }, each => record.Set({|SOR0111:each|}, "lambda parameter"));
                Hand<string>({|SOR0111:record.Set|});
        """));

    [Fact]
    public Task A_dynamic_call_is_reported() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("billing")]
        class Payments
        {
            void Run(SorRecord account, dynamic payload)
            {
                {|#0:account.Set(SorFields.Account.Arr, payload.arr)|};
                account.Set(SorFields.Account.Arr, (decimal)payload.arr);
            }
        }
        """,
        Diagnostic(WriteRules.UnprovableField).WithLocation(0).WithArguments(
            "the call is dynamic (an argument or the receiver is 'dynamic'), so which method it calls is decided at run time",
            "cast the dynamic arguments to their types so that the compiler binds the call"));

    [Fact]
    public Task A_descriptor_parameter_marked_sor_writes_is_checked_at_each_call() => VerifyAsync(In("crm", """
        static void Copy<T>(SorRecord to, SorRecord from, [SorWrites] SorField<T> field) => to.Set(field, from.Get(field));
        """, """
        var from = new SorRecord("Account");
                Copy(record, from, SorFields.Account.Name);
                {|SOR0101:Copy(record, from, SorFields.Account.Arr)|};
        """));

    [Fact]
    public Task A_delegate_kept_in_a_local_and_only_called_is_checked_at_the_call() => VerifyAsync(In("crm", "", """
        Action<SorField<string>, string> put = record.Set;
                put(SorFields.Account.Name, "fine");
                {|SOR0101:put(SorFields.Account.Health, "x")|};
                Action<SorField<string>, string> leaked = {|SOR0111:record.Set|};
                Keep(leaked);
        """).Replace("void Run(", "static void Keep(Delegate d) { }\n    void Run("));

    [Fact]
    public Task Overrides_and_implementations_keep_their_model_identity() => VerifyAsync("""
        using SorAnalyzers;

        class Scored
        {
            [SorModelField("Account", "Arr")] public virtual decimal Arr { get; set; }
        }

        class Rescored : Scored
        {
            public override decimal Arr { get; set; }
        }

        interface IHasHealth
        {
            [SorModelField("Account", "Health")] string? Health { get; set; }
        }

        class HealthDto : IHasHealth
        {
            public string? Health { get; set; }
        }

        class Explicit : IHasHealth
        {
            string? IHasHealth.Health { get; set; }
        }

        [SorSystem("crm")]
        class Crm
        {
            void Run(Rescored scored, HealthDto health, Explicit other)
            {
                {|SOR0101:scored.Arr = 0|};
                {|SOR0101:health.Health = "Red"|};
                {|SOR0101:((IHasHealth)other).Health = "Red"|};
            }
        }
        """);

    [Fact]
    public Task A_derived_view_lands_in_its_system_with_members_from_its_base() => VerifyAsync("""
        using SorAnalyzers;

        class AccountBase
        {
            [SorModelField("Account", "Name")] public string? Name { get; set; }
        }

        [SorView("Account", System = "cs")]
        class CsAccount : AccountBase
        {
        }

        class GainsightAccount : CsAccount
        {
        }

        [SorSystem("crm")]
        class Crm
        {
            void Run(CsAccount cs, GainsightAccount gainsight, AccountBase plain)
            {
                {|SOR0104:cs.Name = "x"|};
                {|SOR0104:gainsight.Name = "x"|};
                plain.Name = "crm owns Name";
            }
        }
        """);

    [Fact]
    public Task Context_on_a_local_function_or_lambda_wins_over_its_container() => VerifyAsync("""
        using System;
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class Crm
        {
            void Run(AccountDto dto)
            {
                [SorSystem("billing")]
                void Bill() => dto.Arr = 1;
                Action billLater = [SorSystem("billing")] () => dto.Arr = 2;
                Action nameLater = [SorSystem("billing")] () => {|SOR0101:dto.Name = "billing does not own Name"|};
                Action inherits = () => {|SOR0101:dto.Arr = 3|};
                {|SOR0101:dto.Arr = 4|};
                dto.Name = "crm owns Name";
                Bill();
            }
        }
        """);

    [Fact]
    public Task Two_contexts_on_a_lambda_or_local_function_are_reported() => VerifyAsync("""
        using System;
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class Crm
        {
            void Run(AccountDto dto)
            {
                [SorSystem("billing")]
                [{|SOR0107:SorFlow("billing-to-crm")|}]
                void Both() => dto.Arr = 1;
                Action both = [SorSystem("billing")] [{|SOR0107:SorFlow("billing-to-crm")|}] () => dto.Arr = 2;
                Action unknown = [SorSystem({|SOR0105:"erp"|})] () => dto.Arr = 3;
                Both();
            }
        }
        """);

    [Fact]
    public Task In_a_fluent_chain_the_write_is_reported_on_its_own_call() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        class Builder
        {
            public Builder With<T>([SorWrites] SorField<T> field, T value) => this;
        }

        [SorSystem("crm")]
        class Crm
        {
            void Run(Builder account) => account.With(SorFields.Account.Name, "Contoso")
                .{|SOR0101:With(SorFields.Account.Health, "Red")|};
        }
        """);
}
