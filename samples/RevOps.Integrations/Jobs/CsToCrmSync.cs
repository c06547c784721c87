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
            new Flows.CsToCrm.Account(landscape.Crm.GetOrAdd("Account", id)).ApplyFrom(new Cs.Account(record));
        }
    }
}
