using SorAnalyzers;

namespace Contoso.RevOps.CrmDesk;

/// <summary>The CRM's own code: it writes only what the CRM owns.</summary>
[SorSystem(SorSystems.Crm)]
public static class AccountDesk
{
    public static void Open(SorRecord record, string name, string owner)
    {
        var account = new Crm.Account(record) { Name = name, Owner = owner };
        _ = account;
    }

    public static void Reassign(SorRecord record, string owner) => new Crm.Account(record).Owner = owner;
}
