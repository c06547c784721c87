using Contoso.RevOps.Integrations.Stores;
using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Jobs;

/// <summary>
/// The one flow into an owner: when a rep left a contact's phone blank in Salesforce, HubSpot's copy
/// fills it (conflict: targetIfBlank). It never overwrites a phone the CRM has.
/// </summary>
[SorFlow(SorFlows.MarketingFillsPhone)]
public sealed class MarketingFillsPhone(Landscape landscape)
{
    public void Run()
    {
        foreach ((string id, SorRecord record) in landscape.Marketing.All("Contact"))
        {
            SorRecord crmContact = landscape.Crm.GetOrAdd("Contact", id);
            if (crmContact.IsBlank(SorFields.Contact.Phone))
            {
                new Flows.MarketingFillsPhone.Contact(crmContact).Phone = new Marketing.Contact(record).Phone;
            }
        }
    }
}
