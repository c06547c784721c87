using System.Threading.Tasks;
using Xunit;
using static SorAnalyzers.Analyzers.Tests.SorVerifier;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>
/// A field that a view's system does not own has no setter there, so writing it is CS0200, which says only
/// "read only". The SOR error beside it says whose field it is and which flow delivers it.
/// </summary>
public class ReadOnlyViewTests
{
    private static string Code(string context, string body) => $$"""
        using SorAnalyzers;

        [SorView("Account", System = "crm")]
        class CrmAccount
        {
            [SorModelField("Account", "Name")] public string Name { get; set; } = "";
            [SorModelField("Account", "Arr")] public decimal Arr { get; }
        }

        {{context}}
        class Desk
        {
            void Run(CrmAccount account)
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public Task Assigning_a_field_the_view_does_not_own_is_explained_beside_CS0200()
        => VerifyAsync(
            Code("[SorSystem(\"crm\")]", "{|#0:{|CS0200:account.Arr|} = 1m|}; {|SOR0101:{|CS0200:account.Arr|} += 1m|}; {|SOR0101:{|CS0200:account.Arr|}++|};"),
            Diagnostic(Analyzers.Writes.WriteRules.NotOwner).WithLocation(0)
                .WithArguments("Account.Arr", "billing (Chargebee)", "crm holds a read-only copy delivered by flow billing-to-crm", "billing"));

    [Fact]
    public Task The_owner_written_through_its_own_view_stays_silent()
        => VerifyAsync(Code("[SorSystem(\"crm\")]", "account.Name = \"Contoso\";"));
}
