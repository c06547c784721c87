using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Violations;

/// <summary>
/// Writes the analyzer cannot prove are reported as such, never passed silently: a raw record that may be
/// the flow's source or its target, and a field chosen by the caller.
/// </summary>
[SorFlow(SorFlows.CrmToMarketing)]
public static class NoSilentPass
{
    public static void Run(SorRecord sfContact, SorRecord hubspotContact, SorField<string> anyField)
    {
        sfContact.Set(SorFields.Contact.Email, "the source or the target?"); // error SOR0112
        hubspotContact.Set(anyField, "which field?"); // error SOR0111@28
        hubspotContact.Set(SorFields.Contact.Email, "into marketing, carried: fine");
    }
}
