using Contoso.RevOps.Model;
using SorAnalyzers;

namespace Contoso.RevOps.BillingSync;

/// <summary>Hourly: ARR from Chargebee into Salesforce, through the flow's view (generated in RevOps.Model).</summary>
[SorFlow(SorFlows.BillingToCrm)]
public static class BillingToCrmSync
{
    public static void Run(RecordStore billing, RecordStore crm, string id)
        => new Flows.BillingToCrm.Account(crm.GetOrAdd("Account", id)).Arr = new Billing.Account(billing.GetOrAdd("Account", id)).Arr;
}
