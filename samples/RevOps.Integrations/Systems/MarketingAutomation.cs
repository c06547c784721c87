using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Systems;

/// <summary>HubSpot's side: where a lead came from, and how hot it is.</summary>
[SorSystem(SorSystems.Marketing)]
public static class MarketingAutomation
{
    public static void CaptureLead(SorRecord record, string source)
    {
        // LeadSource is immutable in the model: set it once, never overwrite it.
        if (record.IsBlank(SorFields.Contact.LeadSource))
        {
            new Marketing.Contact(record).LeadSource = source;
        }
    }

    public static void Score(SorRecord record, int points)
    {
        // An absent score reads as 0.
        new Marketing.Contact(record).LeadScore = record.Get(SorFields.Contact.LeadScore) + points;
    }
}
