using Contoso.RevOps.Integrations.Stores;
using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Jobs;

/// <summary>Hourly: ARR and subscription terms from Chargebee into Salesforce (billing wins).</summary>
[SorFlow(SorFlows.BillingToCrm)]
public sealed class BillingToCrmSync(Landscape landscape)
{
    public void Run()
    {
        foreach ((string id, SorRecord record) in landscape.Billing.All("Account"))
        {
            var target = new Flows.BillingToCrm.Account(landscape.Crm.GetOrAdd("Account", id));
            target.Arr = new Billing.Account(record).Arr;
        }

        foreach ((string id, SorRecord record) in landscape.Billing.All("Subscription"))
        {
            var source = new Billing.Subscription(record);
            var target = new Flows.BillingToCrm.Subscription(landscape.Crm.GetOrAdd("Subscription", id));
            target.Amount = source.Amount;
            target.RenewalDate = source.RenewalDate;
        }
    }
}
