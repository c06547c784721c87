using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.CodeFixes;
using Xunit;

using SorAnalyzers.Analyzers.Tests;

namespace SorAnalyzers.CodeFixes.Tests;

/// <summary>The baseline in the analyzer: entries keyed by file, member, field, rule and occurrence; suppressed, new and stale.</summary>
public sealed class BaselineTests
{
    private const string BaselinePath = "/0/legacy.sor.baseline";

    private const string Header = "# rule\tfile\tmember\tfield\toccurrence\n";

    private const string Source = """
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class CrmDesk
        {
            void Run(SorRecord account)
            {
                account.Set(SorFields.Account.Arr, 1m);
                {|#1:account.Set(SorFields.Account.Arr, 2m)|};
            }
        }
        """;

    [Fact]
    public async Task The_recorded_occurrence_is_suppressed_and_the_next_one_is_reported()
    {
        var test = new SorTest<RemoveBaselineEntryFix> { TestCode = Source };
        test.TestState.AdditionalFiles.Add((BaselinePath, Header + "SOR0101\tTest0.cs\tCrmDesk.Run(SorRecord)\tAccount.Arr\t1\n"));
        // The testing library leaves suppressed diagnostics out: only the second write, which has no entry, is reported.
        // (That the first is reported as suppressed, not dropped, is checked in SARIF by the package test.)
        test.ExpectedDiagnostics.Add(new DiagnosticResult(WriteRules.NotOwner).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("Account.Arr", "billing (Chargebee)", "crm holds a read-only copy delivered by flow billing-to-crm", "billing"));
        test.FixedCode = Source;
        await test.RunAsync();
    }

    [Fact]
    public async Task An_entry_that_matches_nothing_is_reported_at_its_line()
    {
        const string clean = """
            using SorAnalyzers;
            using Contoso.RevOps;

            [SorSystem("crm")]
            class CrmDesk
            {
                void Run(SorRecord account) => account.Set(SorFields.Account.Name, "alice");
            }
            """;
        string stale = "SOR0101\tTest0.cs\tCrmDesk.Run(SorRecord)\tAccount.Arr\t1";
        var test = new SorTest<RemoveBaselineEntryFix> { TestCode = clean, FixedCode = clean };
        test.TestState.AdditionalFiles.Add((BaselinePath, Header + stale + "\n" + "not an entry\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(WriteRules.StaleBaselineEntry)
            .WithSpan(BaselinePath, 2, 1, 2, stale.Length + 1)
            .WithArguments("The baseline entry SOR0101 Account.Arr in CrmDesk.Run(SorRecord), Test0.cs, matches no violation any more (fixed or moved): remove it"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(WriteRules.StaleBaselineEntry)
            .WithSpan(BaselinePath, 3, 1, 3, 13)
            .WithArguments("This line of the baseline is not an entry (rule, file, member, field and occurrence, separated by tabs): remove it, or record the baseline again"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_fix_removes_the_stale_line_from_the_baseline()
    {
        // The testing library applies fixes to C# documents only: run the fix on the additional document directly.
        string text = Header + "SOR0101\tA.cs\tA.M()\tAccount.Arr\t1\nSOR0101\tA.cs\tA.M()\tAccount.Arr\t2\n";
        using var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject("P", LanguageNames.CSharp);
        var id = DocumentId.CreateNewId(project.Id);
        Assert.True(workspace.TryApplyChanges(project.Solution.AddAdditionalDocument(id, "legacy.sor.baseline", SourceText.From(text))));
        TextDocument baseline = workspace.CurrentSolution.GetAdditionalDocument(id)!;
        TextSpan line = (await baseline.GetTextAsync()).Lines[1].Span; // the entry with occurrence 1
        Diagnostic diagnostic = Diagnostic.Create(WriteRules.StaleBaselineEntry, Location.Create(baseline.Name, line, new LinePositionSpan(new LinePosition(1, 0), new LinePosition(1, line.Length))), "stale");
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(baseline, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);

        await new RemoveBaselineEntryFix().RegisterCodeFixesAsync(context);
        CodeAction fix = Assert.Single(actions);
        ApplyChangesOperation apply = Assert.IsType<ApplyChangesOperation>(Assert.Single(await fix.GetOperationsAsync(CancellationToken.None)));
        SourceText fixedText = await apply.ChangedSolution.GetAdditionalDocument(baseline.Id)!.GetTextAsync();

        Assert.Equal("Remove the stale baseline entry", fix.Title);
        Assert.Equal(Header + "SOR0101\tA.cs\tA.M()\tAccount.Arr\t2\n", fixedText.ToString());
    }
}
