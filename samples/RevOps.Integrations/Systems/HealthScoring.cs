using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Systems;

/// <summary>Gainsight's side: customer success owns account health.</summary>
[SorSystem(SorSystems.Cs)]
public static class HealthScoring
{
    public static void Assess(SorRecord record, int productUsagePercent)
    {
        var account = new Cs.Account(record);
        account.HealthStatus = productUsagePercent switch
        {
            >= 70 => AccountHealthStatus.Green,
            >= 40 => AccountHealthStatus.Yellow,
            _ => AccountHealthStatus.Red,
        };
        account.RenewalRisk = account.HealthStatus == AccountHealthStatus.Red;
    }
}
