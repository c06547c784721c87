using Contoso.RevOps.Integrations.Stores;
using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Jobs;

/// <summary>Daily: account health from Gainsight into Salesforce.</summary>
[SorFlow(SorFlows.CsToCrm)]
public sealed class CsToCrmSync(Landscape landscape)
{
    public void Run()
    {
        foreach ((string id, SorRecord record) in landscape.Cs.All("Account"))
        {
            var source = new Cs.Account(record);
            var target = new Flows.CsToCrm.Account(landscape.Crm.GetOrAdd("Account", id));
            target.HealthStatus = source.HealthStatus;
            target.RenewalRisk = source.RenewalRisk;
        }
    }
}
