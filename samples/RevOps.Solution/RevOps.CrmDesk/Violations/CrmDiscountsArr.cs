using SorAnalyzers;

namespace Contoso.RevOps.CrmDesk.Violations;

/// <summary>A sales rep's discount written straight into ARR, which billing owns.</summary>
[SorSystem(SorSystems.Crm)]
public static class CrmDiscountsArr
{
    public static void Discount(SorRecord account)
    {
        account.Set(SorFields.Account.Arr, 900m); // error SOR0101
    }
}
