using System.Threading.Tasks;
using SorAnalyzers.Analyzers.Tests;
using Xunit;

namespace SorAnalyzers.CodeFixes.Tests;

/// <summary>The SOR0111 and SOR0112 fixes turn an unprovable write into one the analyzer checks (and then reports, where it is wrong).</summary>
public class ProvableWriteFixTests
{
    [Fact]
    public async Task Mark_the_parameter_sor_writes_then_every_call_is_checked()
    {
        var test = new SorTest<MarkWritesParameterFix>
        {
            TestCode = """
                using SorAnalyzers;
                using Contoso.RevOps;

                [SorSystem("crm")]
                class Copier
                {
                    void Copy<T>(SorRecord to, SorRecord from, SorField<T> field)
                    {
                        to.Set({|SOR0111:field|}, from.Get(field));
                        to.Set({|SOR0111:field|}, from.Get(field));
                    }

                    void Run(SorRecord a, SorRecord b) => Copy(a, b, SorFields.Account.Arr);
                }
                """,
            FixedCode = """
                using SorAnalyzers;
                using Contoso.RevOps;

                [SorSystem("crm")]
                class Copier
                {
                    void Copy<T>(SorRecord to, SorRecord from, [SorWrites] SorField<T> field)
                    {
                        to.Set(field, from.Get(field));
                        to.Set(field, from.Get(field));
                    }

                    void Run(SorRecord a, SorRecord b) => {|SOR0101:Copy(a, b, SorFields.Account.Arr)|};
                }
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Cast_the_dynamic_arguments_then_the_call_is_checked()
    {
        var test = new SorTest<CastDynamicArgumentsFix>
        {
            TestCode = """
                using SorAnalyzers;
                using Contoso.RevOps;

                [SorSystem("crm")]
                class Payments
                {
                    void Run(SorRecord account, dynamic payload)
                    {
                        {|SOR0111:account.Set(SorFields.Account.Arr, payload.arr)|};
                        {|SOR0111:account.Set(SorFields.Account.Name, payload.name + "!")|};
                    }
                }
                """,
            FixedCode = """
                using SorAnalyzers;
                using Contoso.RevOps;

                [SorSystem("crm")]
                class Payments
                {
                    void Run(SorRecord account, dynamic payload)
                    {
                        {|SOR0101:account.Set(SorFields.Account.Arr, (decimal)payload.arr)|};
                        account.Set(SorFields.Account.Name, (string)(payload.name + "!"));
                    }
                }
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task The_fix_writes_through_the_flows_view()
    {
        var test = new SorTest<ThroughFlowViewFix>
        {
            TestCode = """
                using SorAnalyzers;
                using Contoso.RevOps;

                [SorFlow("crm-to-marketing")]
                class CrmToHubSpot
                {
                    void Sync(SorRecord sfContact, SorRecord other)
                    {
                        {|SOR0112:sfContact.Set(SorFields.Contact.Email, "y")|};
                        {|SOR0112:other.Set(SorFields.Contact.Email, "z")|};
                    }
                }
                """,
            FixedCode = """
                using SorAnalyzers;
                using Contoso.RevOps;

                [SorFlow("crm-to-marketing")]
                class CrmToHubSpot
                {
                    void Sync(SorRecord sfContact, SorRecord other)
                    {
                        new Contoso.RevOps.Flows.CrmToMarketing.Contact(sfContact).Email = "y";
                        new Contoso.RevOps.Flows.CrmToMarketing.Contact(other).Email = "z";
                    }
                }
                """,
        };
        await test.RunAsync();
    }
}
