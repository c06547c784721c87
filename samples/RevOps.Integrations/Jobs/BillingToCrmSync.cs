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
            new Flows.BillingToCrm.Account(landscape.Crm.GetOrAdd("Account", id)).ApplyFrom(new Billing.Account(record));
        }

        foreach ((string id, SorRecord record) in landscape.Billing.All("Subscription"))
        {
            new Flows.BillingToCrm.Subscription(landscape.Crm.GetOrAdd("Subscription", id)).ApplyFrom(new Billing.Subscription(record));
        }
    }
}
