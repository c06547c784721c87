using SorAnalyzers;

namespace Contoso.RevOps.BillingSync;

/// <summary>Billing's own code: ARR is billing's fact, computed here.</summary>
[SorSystem(SorSystems.Billing)]
public static class Ledger
{
    public static void Subscribe(SorRecord account, decimal monthlyAmount)
        => new Billing.Account(account).Arr = monthlyAmount * 12;
}
