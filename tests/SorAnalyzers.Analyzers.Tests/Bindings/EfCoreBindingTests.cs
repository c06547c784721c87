using System.Threading.Tasks;
using Xunit;
using static SorAnalyzers.Analyzers.Tests.Bindings.BindingVerifier;

namespace SorAnalyzers.Analyzers.Tests.Bindings;

/// <summary>
/// The warehouse's own EF Core entity bound with <c>[SorBinding]</c> on the class: member writes in every C#
/// form, and EF Core 10's <c>ExecuteUpdate(s =&gt; s.SetProperty(a =&gt; a.Member, …))</c>.
/// </summary>
public class EfCoreBindingTests
{
    private static string Code(string context, string body) => $$"""
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using SorAnalyzers;

        [SorBinding("warehouse", "Account")]
        public class WarehouseAccount
        {
            public int Id { get; set; }
            [System.ComponentModel.DataAnnotations.Schema.Column("account_name")] public string AccountName { get; set; } = "";
            public decimal Arr { get; set; }
            [System.ComponentModel.DataAnnotations.Schema.Column("arr")] public decimal ArrField;
            public string Tier { get; set; } = "";
            public string Notes { get; set; } = "";
        }

        [SorBinding("warehouse", "Account")]
        public record WarehouseSnapshot(decimal Arr, string Tier);

        public class WarehouseDb : DbContext
        {
            public DbSet<WarehouseAccount> Accounts => Set<WarehouseAccount>();
        }

        static class Io
        {
            public static void Reset(ref decimal value) => value = 0;
            public static void Produce(out decimal value) => value = 1;
        }

        {{context}}
        class Job
        {
            async Task Run(WarehouseDb db, WarehouseAccount account, WarehouseSnapshot snapshot, decimal amount)
            {
                {{body}}
                await Task.CompletedTask;
            }
        }
        """;

    [Fact]
    public Task Own_field_in_every_form_is_clean() => VerifyAsync(Code("[SorSystem(\"warehouse\")]", """
        account.Tier = "gold";
        account.Tier += "!";
        account.Notes = "not a model field";
        account.Id = 4;
        (account.Tier, account.Notes) = ("a", "b");
        db.Accounts.ExecuteUpdate(s => s.SetProperty(a => a.Tier, "gold").SetProperty(a => a.Notes, "n"));
        """));

    [Fact]
    public Task Copied_field_in_every_form_is_SOR0101() => VerifyAsync(Code("[SorSystem(\"warehouse\")]", """
        {|SOR0101:account.Arr = amount|};
        {|SOR0101:account.Arr += amount|};
        {|SOR0101:account.Arr++|};
        {|SOR0101:--account.Arr|};
        {|SOR0101:account.AccountName ??= "x"|};
        ({|SOR0101:account.Arr|}, account.Tier) = (amount, "gold");
        Io.Reset({|SOR0101:ref account.ArrField|});
        Io.Produce({|SOR0101:out account.ArrField|});
        var created = new WarehouseAccount { Tier = "gold", {|SOR0101:Arr = amount|} };
        var changed = snapshot with { {|SOR0101:Arr = amount|} };
        """));

    [Fact]
    public Task ExecuteUpdate_SetProperty() => VerifyAsync(Code("[SorSystem(\"warehouse\")]", """
        db.Accounts.ExecuteUpdate(s => {|SOR0101:s.SetProperty(a => a.Arr, amount)|});
        await db.Accounts.Where(a => a.Id == 1).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Tier, "gold")
            .{|SOR0101:SetProperty(a => a.AccountName, a => a.AccountName + "!")|});
        """));

    [Fact]
    public Task Flow_loads_what_it_carries() => VerifyAsync(Code("[SorFlow(\"billing-to-warehouse\")]", """
        account.Arr = amount;
        db.Accounts.ExecuteUpdate(s => s.SetProperty(a => a.Arr, amount));
        {|SOR0102:account.AccountName = "x"|};
        db.Accounts.ExecuteUpdate(s => {|SOR0102:s.SetProperty(a => a.Tier, "x")|});
        """));

    [Fact]
    public Task Flow_into_another_system_is_SOR0104() => VerifyAsync(Code("[SorFlow(\"billing-to-crm\")]", """
        {|SOR0104:account.Arr = amount|};
        """));

    [Fact]
    public Task No_context_is_SOR0103() => VerifyAsync(Code("", """
        {|SOR0103:account.Arr = amount|};
        account.Notes = "not a model field";
        """));

    [Fact]
    public Task Complete_binding_reports_an_unmapped_member() => VerifyAsync("""
        using SorAnalyzers;

        [SorBinding("warehouse", "Account", Complete = true)]
        public class WarehouseAccount
        {
            public string Tier { get; set; } = "";
            public string Notes { get; set; } = "";
        }

        [SorSystem("warehouse")]
        class Job
        {
            void Run(WarehouseAccount account)
            {
                account.Tier = "gold";
                {|SOR0125:account.Notes = "n"|};
            }
        }
        """);
}
