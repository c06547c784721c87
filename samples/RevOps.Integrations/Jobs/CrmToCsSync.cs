using Contoso.RevOps.Integrations.Stores;
using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Jobs;

/// <summary>
/// Hourly: what customer success needs from Salesforce. ARR is billing's, relayed through the CRM:
/// the CRM holds a copy (billing-to-crm), and this flow passes the copy on.
/// </summary>
[SorFlow(SorFlows.CrmToCs)]
public sealed class CrmToCsSync(Landscape landscape)
{
    public void Run()
    {
        foreach ((string id, SorRecord record) in landscape.Crm.All("Account"))
        {
            var source = new Crm.Account(record);
            new Flows.CrmToCs.Account(landscape.Cs.GetOrAdd("Account", id))
            {
                Name = source.Name,
                Owner = source.Owner,
                Arr = source.Arr,
            };
        }

        foreach ((string id, SorRecord record) in landscape.Crm.All("Subscription"))
        {
            new Flows.CrmToCs.Subscription(landscape.Cs.GetOrAdd("Subscription", id)).RenewalDate = new Crm.Subscription(record).RenewalDate;
        }
    }
}
