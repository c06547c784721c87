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
            var source = new Marketing.Contact(record);
            var target = new Flows.MarketingToCrm.Contact(landscape.Crm.GetOrAdd("Contact", id));
            target.LeadSource = source.LeadSource;
            target.LeadScore = source.LeadScore;
        }
    }
}
