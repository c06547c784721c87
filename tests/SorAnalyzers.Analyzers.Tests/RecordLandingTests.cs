using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SorAnalyzers.Analyzers.Writes;
using Xunit;
using static SorAnalyzers.Analyzers.Tests.SorVerifier;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>
/// A raw <c>SorRecord</c> written in a flow's code: attributed to the flow's source or target (or another
/// system), or reported as unprovable (SOR0112); never silent.
/// </summary>
public class RecordLandingTests
{
    [Fact]
    public Task A_raw_record_is_attributed_or_reported() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorFlow("crm-to-marketing")]
        class CrmToHubSpot
        {
            private readonly SorRecord _target = new SorRecord("Contact");

            void Sync(SorRecord sfContact, SorRecord crmContact, SorRecord marketingContact, SorRecord hubspotContact, SorRecord source, SorRecord to,
                Contoso.RevOps.Crm.Contact crmView, Contoso.RevOps.Flows.CrmToMarketing.Contact targetView)
            {
                {|#0:sfContact.Set(SorFields.Contact.Email, "y")|};
                {|#1:crmContact.Set(SorFields.Contact.Email, "y")|};
                {|#2:source.Set(SorFields.Contact.Email, "y")|};
                {|#3:crmView.Record.Set(SorFields.Contact.Email, "y")|};
                var back = crmView.Record;
                var again = back;
                {|#4:again.Set(SorFields.Contact.Email, "y")|};

                marketingContact.Set(SorFields.Contact.Email, crmContact.Get(SorFields.Contact.Email));
                hubspotContact.Set(SorFields.Contact.Email, "the title names marketing");
                to.Set(SorFields.Contact.Email, "a side name");
                targetView.Record.Set(SorFields.Contact.Email, "the view's record");
                _target.Set(SorFields.Contact.Email, "a readonly field named for the target");
                var built = new SorRecord("Contact");
                built.Set(SorFields.Contact.Email, "a record the flow builds");
                {|#5:marketingContact.Set(SorFields.Contact.Phone, "not carried")|};
            }
        }
        """,
        Diagnostic(WriteRules.UnprovableLanding).WithLocation(0).WithArguments(
            "Contact.Email", "crm", "marketing", "crm-to-marketing", "it comes from parameter 'sfContact', which the caller decides"),
        Diagnostic(WriteRules.WrongSystem).WithLocation(1).WithArguments("Contact.Email", "crm's copy", "flow crm-to-marketing", "marketing"),
        Diagnostic(WriteRules.WrongSystem).WithLocation(2).WithArguments("Contact.Email", "crm's copy", "flow crm-to-marketing", "marketing"),
        Diagnostic(WriteRules.WrongSystem).WithLocation(3).WithArguments("Contact.Email", "crm's copy", "flow crm-to-marketing", "marketing"),
        Diagnostic(WriteRules.WrongSystem).WithLocation(4).WithArguments("Contact.Email", "crm's copy", "flow crm-to-marketing", "marketing"),
        new DiagnosticResult(WriteRules.NotCarried.Id, DiagnosticSeverity.Error).WithLocation(5));

    [Fact]
    public Task A_system_context_keeps_raw_records_as_its_own() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class Crm
        {
            void Run(SorRecord sfContact) => sfContact.Set(SorFields.Contact.Email, "crm owns Email");
        }
        """);
}
