using Contoso.RevOps.Integrations.Stores;
using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Jobs;

/// <summary>
/// Daily: everything the CRM holds about accounts, deals and subscriptions into Snowflake
/// (Account.*, Opportunity.*, Subscription.*: owned fields and the copies the CRM received).
/// </summary>
[SorFlow(SorFlows.CrmToBi)]
public sealed class CrmToBiExport(Landscape landscape)
{
    public void Run()
    {
        foreach ((string id, SorRecord record) in landscape.Crm.All("Account"))
        {
            new Flows.CrmToBi.Account(landscape.Bi.GetOrAdd("Account", id)).ApplyFrom(new Crm.Account(record));
        }

        foreach ((string id, SorRecord record) in landscape.Crm.All("Opportunity"))
        {
            new Flows.CrmToBi.Opportunity(landscape.Bi.GetOrAdd("Opportunity", id)).ApplyFrom(new Crm.Opportunity(record));
        }

        foreach ((string id, SorRecord record) in landscape.Crm.All("Subscription"))
        {
            new Flows.CrmToBi.Subscription(landscape.Bi.GetOrAdd("Subscription", id)).ApplyFrom(new Crm.Subscription(record));
        }
    }
}
