using Contoso.RevOps.Integrations.Stores;
using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Jobs;

/// <summary>Realtime: lead source and score from HubSpot into Salesforce.</summary>
[SorFlow(SorFlows.MarketingToCrm)]
public sealed class MarketingToCrmSync(Landscape landscape)
{
    public void Run()
    {
        foreach ((string id, SorRecord record) in landscape.Marketing.All("Contact"))
        {
            new Flows.MarketingToCrm.Contact(landscape.Crm.GetOrAdd("Contact", id)).ApplyFrom(new Marketing.Contact(record));
        }
    }
}
