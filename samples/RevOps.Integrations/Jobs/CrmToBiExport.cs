using System.Linq;
using Contoso.RevOps.Integrations.Stores;
using Contoso.RevOps.Integrations.Warehouse;
using Microsoft.EntityFrameworkCore;
using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Jobs;

/// <summary>
/// Daily: everything the CRM holds about accounts, deals and subscriptions into Snowflake
/// (Account.*, Opportunity.*, Subscription.*: owned fields and the copies the CRM received), and the accounts
/// into the warehouse's SQLite table through EF Core: rows mapped by Mapperly, ARR refreshed in place with
/// ExecuteUpdate. Every write lands in bi, along crm-to-bi.
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

    /// <summary>Loads the CRM's accounts into the warehouse database at <paramref name="path"/> (created anew); returns the rows written.</summary>
    public int LoadWarehouse(string path)
    {
        using var db = new WarehouseDb(path);
        db.Database.EnsureDeleted();
        db.Database.EnsureCreated();
        foreach ((string id, SorRecord record) in landscape.Crm.All("Account"))
        {
            var crm = new Crm.Account(record);
            db.Accounts.Add(WarehouseMapper.ToWarehouse(new CrmAccountRow(id, crm.Name, crm.Owner, crm.Territory, crm.Arr, crm.HealthStatus.ToString(), crm.RenewalRisk)));
        }

        int written = db.SaveChanges();

        // ARR moves hourly, the rest daily: the hourly refresh updates it in place, without loading the rows.
        foreach ((string id, SorRecord record) in landscape.Crm.All("Account"))
        {
            decimal arr = new Crm.Account(record).Arr;
            db.Accounts.Where(a => a.Id == id).ExecuteUpdate(s => s.SetProperty(a => a.Arr, arr));
        }

        return written;
    }
}
