using System;
using Contoso.RevOps.Integrations.Jobs;
using Contoso.RevOps.Integrations.Stores;
using Contoso.RevOps.Integrations.Systems;

namespace Contoso.RevOps.Integrations;

/// <summary>
/// One day at Contoso: each system does its own work, then the syncs copy fields along the declared
/// flows, and the warehouse ends up with one consistent picture.
/// </summary>
public static class Program
{
    public static void Main()
    {
        var landscape = new Landscape();

        CrmAccountDesk.OpenAccount(landscape.Crm.GetOrAdd("Account", "acme"), "Acme Corp", "Dana Rep", "EMEA");
        CrmAccountDesk.RecordContact(landscape.Crm.GetOrAdd("Contact", "c-1"), "buyer@acme.example", string.Empty);
        CrmAccountDesk.Advance(landscape.Crm.GetOrAdd("Opportunity", "o-1"), OpportunityStage.Commit, 48_000m);
        BillingLedger.Subscribe(landscape.Billing.GetOrAdd("Account", "acme"), landscape.Billing.GetOrAdd("Subscription", "s-1"), 4_000m, new DateOnly(2027, 3, 31));
        MarketingAutomation.CaptureLead(landscape.Marketing.GetOrAdd("Contact", "c-1"), "Webinar");
        MarketingAutomation.Score(landscape.Marketing.GetOrAdd("Contact", "c-1"), 40);
        HealthScoring.Assess(landscape.Cs.GetOrAdd("Account", "acme"), productUsagePercent: 35);

        new BillingToCrmSync(landscape).Run();
        new CsToCrmSync(landscape).Run();
        new MarketingToCrmSync(landscape).Run();
        new CrmToMarketingSync(landscape).Run();
        new MarketingFillsPhone(landscape).Run();
        new CrmToCsSync(landscape).Run();
        new CrmToBiExport(landscape).Run();

        var account = new Bi.Account(landscape.Bi.GetOrAdd("Account", "acme"));
        Console.WriteLine($"Snowflake sees {account.Name}: owner {account.Owner}, ARR {account.Arr} ({SorFields.Account.Arr.Owner} owns it), health {account.HealthStatus}.");
        Console.WriteLine($"Who owns Account.Arr? {SorFields.Account.Arr.Owner}; held by {string.Join(", ", SorFields.Account.Arr.HeldBy)}; direction: {string.Join("; ", SorFields.Account.Arr.Flows)}.");
    }
}
