using SorAnalyzers;

namespace Contoso.RevOps.BillingSync.Violations;

/// <summary>Billing "tidying" account data the CRM owns: checked against the shared model in this project too.</summary>
[SorSystem(SorSystems.Billing)]
public static class BillingRenamesAccounts
{
    public static void Tidy(SorRecord account)
    {
        account.Set(SorFields.Account.Name, "ACME CORP"); // error SOR0101
    }
}
