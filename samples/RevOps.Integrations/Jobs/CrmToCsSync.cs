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
            new Flows.CrmToCs.Account(landscape.Cs.GetOrAdd("Account", id)).ApplyFrom(new Crm.Account(record));
        }

        foreach ((string id, SorRecord record) in landscape.Crm.All("Subscription"))
        {
            new Flows.CrmToCs.Subscription(landscape.Cs.GetOrAdd("Subscription", id)).ApplyFrom(new Crm.Subscription(record));
        }
    }
}
