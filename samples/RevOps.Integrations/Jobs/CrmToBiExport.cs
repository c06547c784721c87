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
            var source = new Crm.Account(record);
            var row = new Flows.CrmToBi.Account(landscape.Bi.GetOrAdd("Account", id));
            row.Name = source.Name;
            row.Owner = source.Owner;
            row.Territory = source.Territory;
            row.Arr = source.Arr;
            row.HealthStatus = source.HealthStatus;
            row.RenewalRisk = source.RenewalRisk;
        }

        foreach ((string id, SorRecord record) in landscape.Crm.All("Opportunity"))
        {
            var source = new Crm.Opportunity(record);
            var row = new Flows.CrmToBi.Opportunity(landscape.Bi.GetOrAdd("Opportunity", id));
            row.Stage = source.Stage;
            row.CloseDate = source.CloseDate;
            row.ForecastCategory = source.ForecastCategory;
            row.Amount = source.Amount;
        }

        foreach ((string id, SorRecord record) in landscape.Crm.All("Subscription"))
        {
            var source = new Crm.Subscription(record);
            var row = new Flows.CrmToBi.Subscription(landscape.Bi.GetOrAdd("Subscription", id));
            row.Amount = source.Amount;
            row.RenewalDate = source.RenewalDate;
        }
    }
}
