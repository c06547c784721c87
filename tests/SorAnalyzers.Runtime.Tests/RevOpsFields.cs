using System;
using SorAnalyzers;

namespace SorAnalyzers.Runtime.Tests;

// Descriptors shaped like the generated SorFields for examples/revops.sor.yaml: billing owns ARR and
// copies it to crm, crm relays it to bi; crm owns the email, the lead source is immutable.
internal static class RevOpsFields
{
    public static readonly SorFlowInfo BillingToCrm =
        new("billing-to-crm", "billing", "crm", "hourly", SorConflictRule.OwnerWins, "revops");

    public static readonly SorFlowInfo CrmToBi =
        new("crm-to-bi", "crm", "bi", "daily", SorConflictRule.OwnerUnlessBlank, null);

    public static readonly SorField<decimal> AccountArr = new(
        "Account", "Arr", "billing", new[] { "billing", "crm", "bi" }, new[] { BillingToCrm, CrmToBi },
        description: "Annual recurring revenue", isRequired: true);

    public static readonly SorField<string> AccountName =
        new("Account", "Name", "crm", new[] { "crm" }, Array.Empty<SorFlowInfo>());

    public static readonly SorField<Guid> AccountId =
        new("Account", "Id", "crm", new[] { "crm" }, Array.Empty<SorFlowInfo>(), isImmutable: true);

    public static readonly SorField<int?> AccountSeats =
        new("Account", "Seats", "billing", new[] { "billing" }, Array.Empty<SorFlowInfo>());

    public static readonly SorField<string> ContactEmail = new(
        "Contact", "Email", "crm", new[] { "crm" }, Array.Empty<SorFlowInfo>(),
        isPii: true, deprecated: "Use Contact.WorkEmail");
}
