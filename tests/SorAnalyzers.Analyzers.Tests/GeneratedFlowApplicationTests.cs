using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>
/// The generator's flow application (ApplyFrom, the flow views' setters) against the analyzers, with the
/// real generator's output for the reference model: no diagnostic in the generated code or at the call;
/// a hand-written <c>SorFlowApplication.Copy</c> is checked like any other write.
/// </summary>
public class GeneratedFlowApplicationTests
{
    private static readonly string Root = typeof(GeneratedFlowApplicationTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    private const string Integration = """
        using SorAnalyzers;

        namespace Contoso.RevOps.Integrations
        {
            [SorFlow(SorFlows.BillingToCrm)]
            public static class BillingSync
            {
                public static SorFlowApplication Apply(SorRecord billing, SorRecord crm)
                    => new Flows.BillingToCrm.Account(crm).ApplyFrom(new Billing.Account(billing));

                public static SorFlowApplication ApplyRecords(SorRecord billing, SorRecord crm)
                    => new Flows.BillingToCrm.Subscription(crm).ApplyFrom(billing);

                public static void Set(SorRecord crm) => new Flows.BillingToCrm.Account(crm).Arr = 1m;

                public static void ByHand(SorRecord billing, SorRecord crm)
                    => SorFlowApplication.Begin(Flows.BillingToCrm.Account.Flow, billing, crm).Copy(SorFields.Account.Arr);
            }

            [SorFlow(SorFlows.MarketingFillsPhone)]
            public static class PhoneFill
            {
                public static SorFlowApplication Apply(SorRecord marketing, SorRecord crm)
                    => new Flows.MarketingFillsPhone.Contact(crm).ApplyFrom(new Marketing.Contact(marketing));
            }

            [SorFlow(SorFlows.CrmToMarketing)]
            public static class WrongFlow
            {
                public static void ByHand(SorRecord crm, SorRecord marketing)
                    => SorFlowApplication.Begin(Flows.CrmToMarketing.Account.Flow, crm, marketing).Copy(SorFields.Account.Arr); // SOR0102
            }
        }
        """;

    [Fact]
    public async Task Generated_flow_application_is_a_legal_write_and_a_hand_copy_is_checked()
    {
        var model = new FileText(Path.Combine(Root, "models", "revops.sor.yaml"));
        (_, ImmutableArray<Diagnostic> diagnostics) = await GeneratedAnalysis.RunAsync(model, Integration, "/src/Integration.cs");

        Diagnostic only = Assert.Single(diagnostics);
        Assert.Equal("SOR0102", only.Id);
        Assert.Equal("/src/Integration.cs", only.Location.SourceTree!.FilePath);
        Assert.Contains("// SOR0102", only.Location.SourceTree.GetText().Lines[only.Location.GetLineSpan().StartLinePosition.Line].ToString());
    }

    private sealed class FileText(string path) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(File.ReadAllText(path));

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
