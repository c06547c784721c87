using System;
using System.IO;
using System.Linq;
using Contoso.RevOps.Integrations.Jobs;
using Contoso.RevOps.Integrations.Payments;
using Contoso.RevOps.Integrations.Stores;
using Contoso.RevOps.Integrations.Systems;
using Contoso.RevOps.Integrations.Warehouse;
using SorAnalyzers;
using Stripe;

namespace Contoso.RevOps.Integrations;

/// <summary>
/// One day at Contoso: each system does its own work, then the syncs apply the declared flows, and the
/// warehouse ends up with one consistent picture. Every write of the run is audited and printed at the end.
/// </summary>
public static class Program
{
    public static void Main()
    {
        var audit = new SorMemoryAuditSink();
        var landscape = new Landscape(new SorChangeSet(audit, TimeProvider.System, SorCatalog.Fields));

        CrmAccountDesk.OpenAccount(landscape.Crm.GetOrAdd("Account", "acme"), "Acme Corp", "Dana Rep", "EMEA");
        CrmAccountDesk.RecordContact(landscape.Crm.GetOrAdd("Contact", "c-1"), "buyer@acme.example", string.Empty);
        CrmAccountDesk.RecordContact(landscape.Crm.GetOrAdd("Contact", "c-2"), "ops@acme.example", "+1 555 0100");
        CrmAccountDesk.Advance(landscape.Crm.GetOrAdd("Opportunity", "o-1"), OpportunityStage.Commit, 48_000m);
        BillingLedger.Subscribe(landscape.Billing.GetOrAdd("Account", "acme"), landscape.Billing.GetOrAdd("Subscription", "s-1"), 4_000m, new DateOnly(2027, 3, 31));
        MarketingAutomation.CaptureLead(landscape.Marketing.GetOrAdd("Contact", "c-1"), "Webinar");
        MarketingAutomation.Score(landscape.Marketing.GetOrAdd("Contact", "c-1"), 40);
        HealthScoring.Assess(landscape.Cs.GetOrAdd("Account", "acme"), productUsagePercent: 35);

        // The realtime sync copies c-2's phone to HubSpot; then a rep clears it in Salesforce (a wrong number).
        new CrmToMarketingSync(landscape).Run();
        CrmAccountDesk.RecordContact(landscape.Crm.GetOrAdd("Contact", "c-2"), "ops@acme.example", string.Empty);

        new BillingToCrmSync(landscape).Run();
        new CsToCrmSync(landscape).Run();
        new MarketingToCrmSync(landscape).Run();
        new MarketingFillsPhone(landscape).Run();   // c-2: HubSpot's phone came from Salesforce: not filled back (Loop)
        new CrmToMarketingSync(landscape).Run();    // c-2: the cleared phone reaches HubSpot
        new CrmToCsSync(landscape).Run();
        var export = new CrmToBiExport(landscape);
        export.Run();
        string warehouse = Path.Combine(AppContext.BaseDirectory, "warehouse.db");
        int loaded = export.LoadWarehouse(warehouse);

        // Billing's facts for Stripe, as Stripe.net's request options (built, not sent: the sample runs offline).
        CustomerUpdateOptions customer = StripeUpdates.Customer(new Billing.Account(landscape.Billing.GetOrAdd("Account", "acme")));
        SubscriptionUpdateOptions subscription = StripeUpdates.Subscription(new Billing.Subscription(landscape.Billing.GetOrAdd("Subscription", "s-1")));
        Console.WriteLine($"Stripe (not sent): customer acme metadata {Describe(customer.Metadata)}; subscription s-1 metadata {Describe(subscription.Metadata)}.");

        using (var db = new WarehouseDb(warehouse))
        {
            WarehouseAccount row = db.Accounts.Single(a => a.Id == "acme");
            Console.WriteLine($"Warehouse {warehouse}: {loaded} account row(s) written; acme: owner {row.Owner}, ARR {row.Arr}, health {row.HealthStatus}.");
        }

        var account = new Bi.Account(landscape.Bi.GetOrAdd("Account", "acme"));
        Console.WriteLine($"Snowflake sees {account.Name}: owner {account.Owner}, ARR {account.Arr} ({SorFields.Account.Arr.Owner} owns it), health {account.HealthStatus}.");
        Console.WriteLine($"Who owns Account.Arr? {SorFields.Account.Arr.Owner}; held by {string.Join(", ", SorFields.Account.Arr.HeldBy)}; direction: {string.Join("; ", SorFields.Account.Arr.Flows)}.");

        Console.WriteLine($"Audit trail of the run ({audit.Entries.Count} entries; personal data masked):");
        foreach (SorAuditEntry entry in audit.Entries)
        {
            Console.WriteLine("  " + entry);
        }
    }

    private static string Describe(System.Collections.Generic.Dictionary<string, string> metadata)
        => string.Join(", ", metadata.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
