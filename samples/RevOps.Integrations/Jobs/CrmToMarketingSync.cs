using Contoso.RevOps.Integrations.Stores;
using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Jobs;

/// <summary>Realtime: account names and contact details from Salesforce into HubSpot.</summary>
[SorFlow(SorFlows.CrmToMarketing)]
public sealed class CrmToMarketingSync(Landscape landscape)
{
    public void Run()
    {
        foreach ((string id, SorRecord record) in landscape.Crm.All("Account"))
        {
            new Flows.CrmToMarketing.Account(landscape.Marketing.GetOrAdd("Account", id)).ApplyFrom(new Crm.Account(record));
        }

        foreach ((string id, SorRecord record) in landscape.Crm.All("Contact"))
        {
            new Flows.CrmToMarketing.Contact(landscape.Marketing.GetOrAdd("Contact", id)).ApplyFrom(new Crm.Contact(record));
        }
    }
}
