using Contoso.RevOps.Integrations.Stores;
using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Jobs;

/// <summary>
/// The one flow into an owner: when a rep left a contact's phone blank in Salesforce, HubSpot's copy
/// fills it (conflict: targetIfBlank). It never overwrites a phone the CRM has, and never fills back a
/// phone that HubSpot itself received from the CRM in this run (the loop guard): a phone a rep cleared
/// stays cleared.
/// </summary>
[SorFlow(SorFlows.MarketingFillsPhone)]
public sealed class MarketingFillsPhone(Landscape landscape)
{
    public void Run()
    {
        foreach ((string id, SorRecord record) in landscape.Marketing.All("Contact"))
        {
            new Flows.MarketingFillsPhone.Contact(landscape.Crm.GetOrAdd("Contact", id)).ApplyFrom(new Marketing.Contact(record));
        }
    }
}
