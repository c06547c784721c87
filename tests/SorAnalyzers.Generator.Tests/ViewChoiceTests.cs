using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Generator.Tests;

/// <summary>
/// Which view classes a project gets (Input/ViewChoice, Input/ViewsHere): by default the views its C# names, so a
/// project pays for the views it uses and not for the model's size; every view with SorViews=all; and, in a project
/// that uses a referenced API, the views it names that the reference lacks, internal.
/// </summary>
public class ViewChoiceTests
{
    private static readonly string[] Core =
    {
        "SorModel.Catalog.g.cs", "SorModel.Enums.g.cs", "SorModel.Fields.g.cs", "SorModel.Flows.g.cs", "SorModel.Marker.g.cs", "SorModel.Systems.g.cs",
    };

    private static string RevOps => File.ReadAllText(RepoFiles.Model("revops.sor.yaml"));

    [Fact]
    public void A_project_without_code_gets_the_descriptors_and_no_view()
    {
        GenerationOutcome outcome = new GeneratorHarness(RevOps, views: null).Run();

        outcome.AssertClean();
        Assert.Equal(Core, HintNames(outcome));
    }

    [Fact]
    public void A_project_gets_exactly_the_views_its_code_names_and_they_keep_their_guarantees()
    {
        GenerationOutcome outcome = new GeneratorHarness(RevOps, views: null)
            .WithSource("""
                namespace Contoso.RevOps.Desks
                {
                    internal static class Renewals
                    {
                        public static void Renew(SorAnalyzers.SorRecord record) => new Billing.Subscription(record).Amount = 120m;
                    }
                }
                """)
            .WithSource("""
                using Contoso.RevOps.Crm;

                internal static class Accounts
                {
                    public static string? Name(SorAnalyzers.SorRecord record) => new Account(record).Name;
                }
                """)
            .Run();

        outcome.AssertClean();
        Assert.Equal(Core.Concat(new[] { "SorModel.Views.Billing.g.cs", "SorModel.Views.Crm.g.cs" }).OrderBy(n => n, StringComparer.Ordinal), HintNames(outcome));
        Assert.Equal(new[] { "Contoso.RevOps.Billing.Subscription", "Contoso.RevOps.Crm.Account" }, ViewTypes(outcome));
        Assert.Contains("public sealed class Subscription", outcome.Source("SorModel.Views.Billing.g.cs"), StringComparison.Ordinal);

        // A copy is still read-only: crm's view of an Account is emitted for this write, and refuses it (billing owns Arr).
        GenerationOutcome write = new GeneratorHarness(RevOps, views: null)
            .WithSource("internal static class Desk { public static void Rename(SorAnalyzers.SorRecord r) => new Contoso.RevOps.Crm.Account(r).Arr = 1m; }")
            .Run();
        Assert.Equal("CS0200", Assert.Single(write.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error).Id);
    }

    [Fact]
    public void Names_pair_up_within_a_file_or_through_a_global_using()
    {
        GenerationOutcome oneFile = new GeneratorHarness(RevOps, views: null)
            .WithSource("internal static class Both { static object[] Views(SorAnalyzers.SorRecord r) => new object[] { new Contoso.RevOps.Billing.Subscription(r), new Contoso.RevOps.Crm.Account(r) }; }")
            .Run();
        GenerationOutcome global = new GeneratorHarness(RevOps, views: null)
            .WithSource("global using Contoso.RevOps.Marketing;")
            .WithSource("internal static class Campaigns { static object View(SorAnalyzers.SorRecord r) => new Contact(r); }")
            .Run();

        // One file that spells Billing, Crm, Account and Subscription gets every view those names can make
        // (a view too many costs a little compile time; one too few would not compile).
        oneFile.AssertClean();
        Assert.Equal(new[] { "Contoso.RevOps.Billing.Account", "Contoso.RevOps.Billing.Subscription", "Contoso.RevOps.Crm.Account", "Contoso.RevOps.Crm.Subscription" }, ViewTypes(oneFile));
        global.AssertClean();
        Assert.Equal(new[] { "Contoso.RevOps.Marketing.Contact" }, ViewTypes(global));
    }

    [Fact]
    public void A_context_named_by_its_id_counts_as_spelling_its_system_or_flow()
    {
        // Flow code that writes raw records (SOR0112): the flow's view exists, so "write through the view" can be offered.
        GenerationOutcome flowCode = new GeneratorHarness(RevOps, views: null)
            .WithSource("""
                using Contoso.RevOps;

                [SorAnalyzers.SorFlow("billing-to-crm")]
                internal static class ArrSync
                {
                    public static void Copy(SorAnalyzers.SorRecord crm) => crm.Set(SorFields.Account.Arr, 1m);
                }
                """)
            .Run();
        GenerationOutcome assemblyWide = new GeneratorHarness(RevOps, views: null, properties: new System.Collections.Generic.Dictionary<string, string> { ["build_property.SorSystem"] = "cs" })
            .WithSource("internal static class Health { static object Field => Contoso.RevOps.SorFields.Account.HealthStatus; }")
            .Run();

        flowCode.AssertClean();
        Assert.Equal(new[] { "Contoso.RevOps.Billing.Account", "Contoso.RevOps.Flows.BillingToCrm.Account" }, ViewTypes(flowCode));
        assemblyWide.AssertClean();
        Assert.Equal(new[] { "Contoso.RevOps.Cs.Account" }, ViewTypes(assemblyWide));
    }

    [Fact]
    public void A_flow_view_brings_the_source_system_view_its_ApplyFrom_takes()
    {
        GenerationOutcome outcome = new GeneratorHarness(RevOps, views: null)
            .WithSource("""
                using Contoso.RevOps.Flows.BillingToCrm;

                internal static class Sync
                {
                    public static void Run(SorAnalyzers.SorRecord crm, SorAnalyzers.SorRecord billing) => new Account(crm).ApplyFrom(billing);
                }
                """)
            .Run();

        outcome.AssertClean();
        Assert.Equal(new[] { "Contoso.RevOps.Billing.Account", "Contoso.RevOps.Flows.BillingToCrm.Account" }, ViewTypes(outcome));
    }

    [Fact]
    public void A_name_in_a_doc_comment_cref_counts_as_a_use()
    {
        GenerationOutcome outcome = new GeneratorHarness(RevOps, views: null)
            .WithSource("""
                /// <summary>Writes what <see cref="Contoso.RevOps.Marketing.Contact"/> owns.</summary>
                internal static class Campaigns
                {
                }
                """)
            .Run();

        outcome.AssertClean(); // DocumentationMode.Diagnose: a cref to a view that was not emitted would be CS1574
        Assert.Equal(new[] { "Contoso.RevOps.Marketing.Contact" }, ViewTypes(outcome));
    }

    [Theory]
    [InlineData("all")]
    [InlineData(" ALL ")]
    public void SorViews_all_gives_every_view_of_the_model(string value)
    {
        GenerationOutcome every = new GeneratorHarness(RevOps, views: value).WithSource("internal static class Job { }").Run();

        every.AssertClean();

        // Every view needs no name from the code: no file is read for them.
        var read = every.RunResult.Results.Single().TrackedSteps[TrackingNames.NamesInFile].SelectMany(s => s.Outputs).ToList();
        Assert.Single(read);
        Assert.All(read, o => Assert.Same(Input.NamesInCode.None, o.Value));
        Model.OwnershipModel model = Model.Reading.ModelReader.Read(RevOps).Model!;
        var plan = Plan.ModelPlanner.Plan(model, new Input.GenerationOptions(null, HasDateOnly: true, Nullable: true));
        string[] planned = plan.ViewNames.Select(v => v.Substring("global::".Length)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(25, planned.Length); // revops: 13 entity views of 5 systems, 12 of 7 flows
        Assert.Equal(planned, ViewTypes(every));
    }

    [Fact]
    public void The_core_plan_names_every_view_and_only_the_chosen_ones_get_their_members_planned()
    {
        Model.OwnershipModel model = Model.Reading.ModelReader.Read(RevOps).Model!;
        var options = new Input.GenerationOptions(null, HasDateOnly: true, Nullable: true);
        var full = Plan.ModelPlanner.Plan(model, options);
        var naming = Plan.ModelPlanner.PlanNamingViews(model, options);
        string[] chosen = { "global::Contoso.RevOps.Crm.Account", "global::Contoso.RevOps.Flows.BillingToCrm.Subscription" };

        var views = Plan.ModelPlanner.PlanViews(model, options, chosen);

        Assert.Equal(full.ViewNames, naming.ViewNames);
        Assert.All(naming.SystemViews.Concat(naming.FlowViews).SelectMany(g => g.Views), v => Assert.True(v.Properties.IsEmpty, v.Identifier));
        Assert.Equal(full.Entities, naming.Entities);
        var planned = views.SystemViews.Concat(views.FlowViews).SelectMany(g => g.Views.Select(v => (Group: g, View: v))).ToList();
        Assert.Equal(chosen, planned.Select(p => Plan.ViewPlan.FullName(p.Group, p.View)));
        var fullViews = full.SystemViews.Concat(full.FlowViews).SelectMany(g => g.Views.Select(v => (Name: Plan.ViewPlan.FullName(g, v), View: v))).ToDictionary(p => p.Name, p => p.View);
        Assert.All(planned, p => Assert.Equal(fullViews[Plan.ViewPlan.FullName(p.Group, p.View)], p.View));
    }

    [Fact]
    public void Spelling_a_new_view_emits_it_and_reuses_every_core_file()
    {
        GeneratorHarness harness = new GeneratorHarness(RevOps, views: null).WithSource("internal static class Job { }");
        GeneratorDriver driver = harness.CreateDriver().RunGenerators(harness.Compilation);
        SyntaxTree tree = harness.Compilation.SyntaxTrees.Single();
        Compilation edited = harness.Compilation.ReplaceSyntaxTree(
            tree, tree.WithChangedText(SourceText.From("internal static class Job { static object? View(SorAnalyzers.SorRecord r) => new Contoso.RevOps.Cs.Account(r); }")));

        GeneratorRunResult run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(new[] { "SorModel.Views.Cs.g.cs" }, IncrementalityTests.Regenerated(run));
        Assert.All(run.TrackedSteps[TrackingNames.Plan].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_project_using_a_referenced_api_adds_the_views_it_lacks_as_internal_and_compiles()
    {
        // The home publishes only what its own code names: Billing.Subscription.
        MetadataReference home = Library(new GeneratorHarness(RevOps, "/shared/revops.sor.yaml", views: null)
            .WithSource("internal static class Home { static object View(SorAnalyzers.SorRecord r) => new Contoso.RevOps.Billing.Subscription(r); }"));

        GenerationOutcome service = new GeneratorHarness(RevOps, "/service/revops.sor.yaml", references: GeneratorHarness.References.Append(home), views: null)
            .WithSource("""
                namespace Contoso.RevOps.Service
                {
                    internal static class Owners
                    {
                        public static void Assign(SorAnalyzers.SorRecord crm) => new Crm.Account(crm).Owner = "alice";
                    }
                }
                """)
            .WithSource("""
                namespace Contoso.RevOps.Service
                {
                    internal static class Renewals
                    {
                        public static void Renew(SorAnalyzers.SorRecord subscription) => new Billing.Subscription(subscription).Amount = 99m;
                    }
                }
                """)
            .Run();

        service.AssertClean(); // no CS0436 against the home's public Billing.Subscription, no CS0101
        Assert.Equal(new[] { "SorModel.Views.Crm.g.cs" }, HintNames(service));
        Assert.Contains("internal sealed class Account", service.Source("SorModel.Views.Crm.g.cs"), StringComparison.Ordinal);
        Assert.Equal("SharedModel", service.Output.GetTypeByMetadataName("Contoso.RevOps.Billing.Subscription")!.ContainingAssembly.Name);
        Assert.Equal("SharedModel", service.Output.GetTypeByMetadataName("Contoso.RevOps.SorFields")!.ContainingAssembly.Name);
    }

    [Fact]
    public void A_view_internal_to_a_referenced_project_is_emitted_again_unless_its_internals_are_visible()
    {
        MetadataReference home = Library(new GeneratorHarness(RevOps, "/shared/revops.sor.yaml", views: null));
        MetadataReference sibling = Library(
            new GeneratorHarness(RevOps, "/sibling/revops.sor.yaml", references: GeneratorHarness.References.Append(home), views: null)
                .WithSource("internal static class Sibling { static object View(SorAnalyzers.SorRecord r) => new Contoso.RevOps.Crm.Account(r); }"),
            "Sibling");
        const string Uses = "internal static class Uses { static object View(SorAnalyzers.SorRecord r) => new Contoso.RevOps.Crm.Account(r); }";

        GenerationOutcome third = new GeneratorHarness(RevOps, "/third/revops.sor.yaml", references: GeneratorHarness.References.Append(home).Append(sibling), views: null)
            .WithSource(Uses)
            .Run();

        third.AssertClean();
        Assert.Equal(new[] { "SorModel.Views.Crm.g.cs" }, HintNames(third));

        MetadataReference friend = Library(
            new GeneratorHarness(RevOps, "/friend/revops.sor.yaml", references: GeneratorHarness.References.Append(home), views: null)
                .WithSource("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Consumer\")]\n" + Uses),
            "Friend");
        GenerationOutcome tests = new GeneratorHarness(RevOps, "/tests/revops.sor.yaml", references: GeneratorHarness.References.Append(home).Append(friend), views: null)
            .WithSource(Uses)
            .Run();

        tests.AssertClean(); // the friend's internal view is visible: emitting another would be CS0436
        Assert.Empty(tests.Sources);
    }

    private static string[] HintNames(GenerationOutcome outcome) => outcome.Sources.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>The generated types that carry [SorView], by full name.</summary>
    private static string[] ViewTypes(GenerationOutcome outcome) => ModelTypes(outcome)
        .Where(t => outcome.Output.GetTypeByMetadataName(t)!.GetAttributes().Any(a => a.AttributeClass?.Name == "SorViewAttribute"))
        .ToArray();

    private static System.Collections.Generic.IEnumerable<string> ModelTypes(GenerationOutcome outcome) => outcome.Output.SyntaxTrees
        .Where(t => t.FilePath.Contains("SorModel.", StringComparison.Ordinal))
        .SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>())
        .Select(c => outcome.Output.GetSemanticModel(c.SyntaxTree).GetDeclaredSymbol(c)!)
        .Where(s => s.ContainingType is null)
        .Select(s => s.ToDisplayString())
        .OrderBy(n => n, StringComparer.Ordinal);

    private static MetadataReference Library(GeneratorHarness harness, string name = "SharedModel")
    {
        GenerationOutcome outcome = harness.Run();
        outcome.AssertClean();
        using var image = new MemoryStream();
        EmitResult emitted = outcome.Output.WithAssemblyName(name).Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
