using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>
/// Generated descriptors carry no attribute each: their class says which entity it holds
/// (<c>[SorModelEntity]</c>) and the analyzers read each descriptor's field back from its name, with the
/// generator's naming rule. Names the rule had to change (a field named like its class, or like a member of
/// object) must still lead to the right field, in the generator's own output.
/// </summary>
public class GeneratedDescriptorTests
{
    private const string Model = """
        sor: 1
        namespace: Shop
        systems:
          crm: { title: CRM }
          billing: { title: Billing }
        entities:
          Deal:
            fields:
              deal:     { type: string,  owner: crm }
              equals:   { type: string,  owner: crm }
              total:    { type: decimal, owner: billing }
        flows:
          - id: crm-to-billing
            from: crm
            to: billing
            fields: [Deal.deal, Deal.equals]
            conflict: ownerWins
            errorOwner: Billing team
        """;

    private const string Code = """
        using SorAnalyzers;

        namespace Shop.Sync
        {
            [SorSystem(SorSystems.Billing)]
            public static class BillingDesk
            {
                public static void Write(SorRecord billing, string text)
                {
                    billing.Set(SorFields.Deal.Total, 1m);
                    billing.Set(SorFields.Deal.Deal_, text); // wrong: crm owns Deal.deal
                    billing.Set(SorFields.Deal.Equals_, text); // wrong: crm owns Deal.equals
                    SorField<string> kept = SorFields.Deal.Equals_;
                    billing.Set(kept, text); // wrong, through a local
                }
            }

            [SorModelEntity("Deal")]
            public static class LooksGenerated
            {
                public static readonly SorField<decimal> Total = Desks.Pick();
            }

            [SorModelEntity("NoSuchEntity")]
            public static class UnknownEntity
            {
                public static readonly SorField<decimal> Total = Desks.Pick();
            }

            public static class Desks
            {
                public static SorField<decimal> Pick() => (SorField<decimal>)SorCatalog.Fields[2];
            }

            [SorSystem(SorSystems.Crm)]
            public static class CrmDesk
            {
                public static void Write(SorRecord crm, SorRecord billing)
                {
                    crm.Set(LooksGenerated.Total, 2m); // wrong: billing owns Deal.total, named by a class marked by hand
                    crm.Set(UnknownEntity.Total, 3m);  // not a descriptor: which field, it cannot tell
                    crm.Set(SorFields.Deal.Deal_, "x");
                }
            }
        }
        """;

    [Fact]
    public async Task A_descriptor_is_read_back_from_its_name_and_its_class_entity()
    {
        var model = new InMemoryText("/model/shop.sor.yaml", Model);
        (Compilation generated, ImmutableArray<Diagnostic> diagnostics) = await GeneratedAnalysis.RunAsync(model, Code, "/src/Desks.cs");
        string descriptors = generated.SyntaxTrees.Single(t => t.FilePath.EndsWith("SorModel.Fields.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.Contains("[global::SorAnalyzers.SorModelEntity(\"Deal\")]", descriptors);
        Assert.DoesNotContain("SorModelField(", descriptors);

        SourceText text = generated.SyntaxTrees.Single(t => t.FilePath == "/src/Desks.cs").GetText();
        var found = diagnostics
            .Select(d => (Line: text.Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim(), Message: d.GetMessage()))
            .OrderBy(d => d.Line, System.StringComparer.Ordinal)
            .ToList();
        string Message(string line) => Assert.Single(found, d => d.Line.Contains(line)).Message;
        Assert.Contains("Deal.deal is owned by crm", Message("SorFields.Deal.Deal_, text"));
        Assert.Contains("Deal.equals is owned by crm", Message("SorFields.Deal.Equals_, text"));
        Assert.Contains("Deal.equals is owned by crm", Message("billing.Set(kept, text)"));
        Assert.Contains("Deal.total is owned by billing", Message("LooksGenerated.Total, 2m"));

        // A member of a class marked with an entity the model does not have is no descriptor: the write says it
        // cannot tell which field it names, rather than passing in silence.
        Assert.DoesNotContain("Deal.total", Message("UnknownEntity.Total, 3m"));
        Assert.Equal(5, found.Count);
        Assert.Equal(4, diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
    }
}
