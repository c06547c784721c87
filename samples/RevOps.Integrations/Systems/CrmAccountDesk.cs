using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Systems;

/// <summary>
/// Code that runs inside Salesforce's world: sales operations maintain accounts, contacts and deals.
/// In a crm context only fields the CRM owns may be written.
/// </summary>
[SorSystem(SorSystems.Crm)]
public static class CrmAccountDesk
{
    public static void OpenAccount(SorRecord record, string name, string owner, string territory)
    {
        var account = new Crm.Account(record)
        {
            Name = name,
            Owner = owner,
            Territory = territory,
        };
        _ = account;
    }

    public static void Reassign(SorRecord record, string newOwner) => new Crm.Account(record).Owner = newOwner;

    public static void RecordContact(SorRecord record, string email, string phone)
    {
        var contact = new Crm.Contact(record);
        contact.Email = email;
        contact.Phone = phone;
    }

    public static void Advance(SorRecord record, OpportunityStage stage, decimal amount)
    {
        var deal = new Crm.Opportunity(record);
        deal.Stage = stage;
        deal.Amount = amount;
        deal.ForecastCategory = stage == OpportunityStage.Commit ? "Commit" : "Pipeline";
    }
}
