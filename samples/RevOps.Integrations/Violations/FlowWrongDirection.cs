using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Violations;

/// <summary>Integration code along crm-to-cs writing what the flow does not carry, or into its source.</summary>
[SorFlow(SorFlows.CrmToCs)]
public static class FlowWrongDirection
{
    public static void Run(SorRecord crmRecord, SorRecord csRecord)
    {
        new Flows.CrmToCs.Account(csRecord).Name = new Crm.Account(crmRecord).Name;
        new Crm.Account(crmRecord).Territory = "written back into the source"; // error SOR0104
        csRecord.Set(SorFields.Account.Territory, "not carried by crm-to-cs"); // error SOR0102
        new Flows.BillingToCrm.Account(crmRecord).Arr = 1m; // error SOR0104
    }
}
