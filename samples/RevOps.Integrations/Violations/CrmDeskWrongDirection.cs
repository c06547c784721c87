using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Violations;

/// <summary>Code of the CRM writing billing's and customer success's fields: one write of each form.</summary>
[SorSystem(SorSystems.Crm)]
public static class CrmDeskWrongDirection
{
    private static readonly SorField<decimal> Revenue = SorFields.Account.Arr;

    public static void Discount(SorRecord record, AccountRow row, AccountSnapshot snapshot)
    {
        row.Name = "the CRM owns names: fine";
        row.Arr = 100m; // error SOR0101
        row.Arr *= 0.9m; // error SOR0101
        row.RenewalRisk ??= false; // error SOR0101
        row.Arr++; // error SOR0101
        var copy = new AccountRow { Name = "Acme", Arr = 1m }; // error SOR0101@52
        snapshot = snapshot with { Arr = 2m }; // error SOR0101@36
        (row.Arr, row.Name) = (3m, "Acme"); // error SOR0101@10
        Ledger.Zero(ref row.ArrField); // error SOR0101@21
        Ledger.Read(out row.ArrField); // error SOR0101@21
        record.Set(SorFields.Account.Arr, 4m); // error SOR0101
        Ledger.Post(record, SorFields.Account.Arr, 5m); // error SOR0101
        record.Set("Account.Arr", 6m); // error SOR0101
        var arr = SorFields.Account.Arr;
        record.Set(arr, 7m); // error SOR0101
        record.Set(Revenue, 8m); // error SOR0101
        record.Set("Account.Ar", 9m); // error SOR0109@20
        _ = copy;
    }
}
