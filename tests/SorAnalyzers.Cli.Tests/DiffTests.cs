using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SorAnalyzers.Cli.Tests;

public sealed class DiffTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Each kind of change, as an edit of the reference model: (name, old edits, new edits, expected kind, expected severity).</summary>
    public static TheoryData<string, string, string> Variants()
    {
        var data = new TheoryData<string, string, string>();
        foreach ((string name, _, _, string kind, string severity) in Cases)
        {
            data.Add(name, kind, severity);
        }

        return data;
    }

    private static readonly (string Name, string Old, string New, string Kind, string Severity)[] Cases =
    [
        ("owner changed", RevOpsVariants.Original, RevOpsVariants.Edit(("values: [Paid, Open, Overdue], owner: billing", "values: [Paid, Open, Overdue], owner: crm")), "field-owner-changed", "breaking"),
        ("field removed", RevOpsVariants.Original, RevOpsVariants.Edit(("      Territory:    { type: string,  owner: crm }\n", "")), "field-removed", "breaking"),
        ("entity removed", RevOpsVariants.Original, RevOpsVariants.Edit(
            ("  Opportunity:\n    fields:\n      Stage:            { type: enum, values: [Prospect, Qualified, Commit, ClosedWon, ClosedLost], owner: crm }\n      CloseDate:        { type: date, owner: crm }\n      ForecastCategory: { type: string, owner: crm }\n      Amount:           { type: decimal, owner: crm }\n", ""),
            ("[Account.*, Opportunity.*, Subscription.*]", "[Account.*, Subscription.*]")), "entity-removed", "breaking"),
        ("system removed", RevOpsVariants.Original, RevOpsVariants.Edit(
            ("  bi:\n    title: Snowflake\n    businessOwner: Data team\n    technicalOwner: Data engineering\n    readOnly: true            # a reporting layer: it receives copies and owns nothing\n", ""),
            (RevOpsVariants.CrmToBiFlow.TrimEnd('\n') + "\n", "")), "system-removed", "breaking"),
        ("type changed", RevOpsVariants.Original, RevOpsVariants.Edit(("LeadScore:    { type: int,", "LeadScore:    { type: long,")), "field-type-changed", "breaking"),
        ("field dropped from a flow", RevOpsVariants.Original, RevOpsVariants.Edit(("fields: [Account.Name, Account.Owner, Account.Arr, Subscription.RenewalDate]", "fields: [Account.Name, Account.Arr, Subscription.RenewalDate]")), "flow-field-dropped", "breaking"),
        ("pii true to false", RevOpsVariants.Original, RevOpsVariants.Edit(("Phone:        { type: string, owner: crm, pii: true }", "Phone:        { type: string, owner: crm }")), "pii-removed", "breaking"),
        ("conflict rule weaker", RevOpsVariants.Original, CrmToCsConflict("ownerUnlessBlank"), "conflict-weakened", "breaking"),
        ("enum value removed", RevOpsVariants.Original, RevOpsVariants.Edit(("[Paid, Open, Overdue]", "[Paid, Open]")), "enum-value-removed", "breaking"),
        ("conflict rule stronger", CrmToCsConflict("ownerUnlessBlank"), RevOpsVariants.Original, "conflict-changed", "warning"),
        ("error owner changed", RevOpsVariants.Original, RevOpsVariants.Edit(("errorOwner: Finance systems", "errorOwner: Billing operations")), "error-owner-changed", "warning"),
        ("error owner removed", RevOpsVariants.Original, RevOpsVariants.Edit(("    errorOwner: Data engineering\n", "")), "error-owner-changed", "warning"),
        ("frequency changed", RevOpsVariants.Original, RevOpsVariants.Edit(("    to: bi\n    fields: [Account.*, Opportunity.*, Subscription.*]\n    frequency: daily", "    to: bi\n    fields: [Account.*, Opportunity.*, Subscription.*]\n    frequency: hourly")), "frequency-changed", "warning"),
        ("field added", RevOpsVariants.Original, RevOpsVariants.Edit(("      LeadScore:    { type: int,    owner: marketing }\n", "      LeadScore:    { type: int,    owner: marketing }\n      Title:        { type: string, owner: crm }\n")), "field-added", "info"),
        ("description changed", RevOpsVariants.Original, RevOpsVariants.Edit(("description: A customer company.", "description: A customer company or a public body.")), "entity-description-changed", "info"),
        ("flow added", RevOpsVariants.Original, RevOpsVariants.Original + "  - { id: billing-to-bi, from: billing, to: bi, fields: [Subscription.InvoiceStatus], frequency: daily }\n", "flow-added", "info"),
    ];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Each_kind_of_change_is_classified_and_only_breaking_ones_fail(string name, string kind, string severity)
    {
        (string _, string oldText, string newText, string _, string _) = Cases.Single(c => c.Name == name);
        _folder.Write("old.sor.yaml", oldText);
        _folder.Write("new.sor.yaml", newText);

        Sor.Outcome run = Sor.Run(_folder.Path, "diff", "--format", "github", "old.sor.yaml", "new.sor.yaml");

        IReadOnlyList<Annotation> annotations = Annotations(run);
        Assert.Contains(annotations, a => a.Kind == kind);
        Assert.All(annotations.Where(a => a.Kind == kind), a => Assert.Equal(severity, a.Severity));
        Assert.Equal(severity == "breaking" ? 1 : 0, run.ExitCode);
        Assert.Equal(severity == "breaking", annotations.Any(a => a.Severity == "breaking"));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_new_major_version_accepts_every_change(string name, string kind, string severity)
    {
        (string _, string oldText, string newText, string _, string _) = Cases.Single(c => c.Name == name);
        _folder.Write("old.sor.yaml", oldText);
        _folder.Write("new.sor.yaml", RevOpsVariants.WithVersion(newText, "2.0.0"));

        Sor.Outcome run = Sor.Run(_folder.Path, "diff", "--format", "github", "old.sor.yaml", "new.sor.yaml");

        Assert.Equal(0, run.ExitCode);
        IReadOnlyList<Annotation> annotations = Annotations(run);
        Assert.Contains(annotations, a => a.Kind == kind && a.Severity == severity);
        // Breaking changes stay breaking, but are annotated as warnings: the major version announces them.
        Assert.DoesNotContain(annotations, a => a.Command == "error");
        Assert.Contains(annotations, a => a.Kind == "version-changed");
    }

    [Fact]
    public void A_minor_version_bump_does_not_accept_a_breaking_change()
    {
        _folder.Write("old.sor.yaml", RevOpsVariants.Original);
        _folder.Write("new.sor.yaml", RevOpsVariants.WithVersion(RevOpsVariants.Edit(("LeadScore:    { type: int,", "LeadScore:    { type: long,")), "1.5.0"));

        Sor.Outcome run = Sor.Run(_folder.Path, "diff", "old.sor.yaml", "new.sor.yaml");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("**Fails**: breaking changes need a new major version (version 1.4.0 → 1.5.0; raise it to 2.0.0", run.Output);
        Assert.Contains("its version's major number did not go up (1.4.0 → 1.5.0)", run.Error);
    }

    [Fact]
    public void The_same_model_has_no_changes_and_passes()
    {
        Sor.Outcome run = Sor.Run(_folder.Path, "diff", Sor.RevOpsModel, Sor.RevOpsModel);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No changes.", run.Output);
    }

    [Fact]
    public void The_markdown_review_of_a_composite_change_is_the_approved_one()
    {
        string changed = RevOpsVariants.Composite;
        _folder.Write(Path.Combine("models", "revops.sor.yaml"), changed);
        _folder.Write(Path.Combine("base", "revops.sor.yaml"), RevOpsVariants.Original);

        Sor.Outcome run = Sor.Run(_folder.Path, "diff", "base/revops.sor.yaml", "models/revops.sor.yaml");

        Assert.Equal(1, run.ExitCode);
        Approved.Verify("revops.diff.md", run.Output);
    }

    [Fact]
    public void Generated_names_in_the_review_are_the_generators_names_with_clashes_resolved()
    {
        // A field named like its entity and one named Record: the generator calls them Account_ and Record_ in views.
        const string before = """
            sor: 1
            version: 1.0.0
            systems: { crm: {}, erp: {} }
            entities:
              Account:
                fields:
                  Account: { type: string, owner: crm }
                  Record:  { type: string, owner: crm }
            flows:
              - { id: crm-to-erp, from: crm, to: erp, fields: [Account.Account, Account.Record] }
            """;
        _folder.Write("old.sor.yaml", before);
        _folder.Write("new.sor.yaml", before.Replace("fields: [Account.Account, Account.Record]", "fields: [Account.Account]"));

        Sor.Outcome run = Sor.Run(_folder.Path, "diff", "old.sor.yaml", "new.sor.yaml");

        Assert.Contains("`Flows.CrmToErp.Account.Record_` removed", run.Output);
        Assert.Contains("`Erp.Account.Record_` removed", run.Output);
    }

    [Fact]
    public void A_broken_new_model_fails_with_its_diagnostics_and_no_review()
    {
        _folder.Write("old.sor.yaml", Models.Clean);
        _folder.Write("new.sor.yaml", Models.UnknownOwner);

        Sor.Outcome run = Sor.Run(_folder.Path, "diff", "old.sor.yaml", "new.sor.yaml");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("new.sor.yaml" + Models.UnknownOwnerLine, run.Error);
    }

    [Theory]
    [InlineData("diff", "only-one.sor.yaml")]
    [InlineData("diff", "a.sor.yaml", "b.sor.yaml", "c.sor.yaml")]
    [InlineData("diff", "--format", "sarif", "a.sor.yaml", "b.sor.yaml")]
    [InlineData("diff", "missing.sor.yaml", "a.sor.yaml")]
    public void Wrong_arguments_are_usage_errors(params string[] args)
    {
        _folder.Write("a.sor.yaml", Models.Clean);
        _folder.Write("b.sor.yaml", Models.Clean);

        Sor.Outcome run = Sor.Run(_folder.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("sor: ", run.Error);
    }

    private sealed record Annotation(string Command, string Kind, string Severity);

    /// <summary>"::error file=…,title=Breaking model change (kind)::…" → (error, kind, breaking).</summary>
    private static IReadOnlyList<Annotation> Annotations(Sor.Outcome run)
        => run.OutputLines
            .Select(l => Regex.Match(l, @"^::(error|warning|notice) [^:]*title=(Breaking model change|Model change) \(([a-z-]+)\)::"))
            .Where(m => m.Success)
            .Select(m => new Annotation(
                m.Groups[1].Value,
                m.Groups[3].Value,
                m.Groups[2].Value.StartsWith("Breaking") ? "breaking" : m.Groups[1].Value == "notice" ? "info" : "warning"))
            .ToList();

    private static string CrmToCsConflict(string rule)
        => RevOpsVariants.Edit(("    to: cs\n    fields: [Account.Name, Account.Owner, Account.Arr, Subscription.RenewalDate]\n    frequency: hourly\n    conflict: ownerWins", $"    to: cs\n    fields: [Account.Name, Account.Owner, Account.Arr, Subscription.RenewalDate]\n    frequency: hourly\n    conflict: {rule}"));
}
