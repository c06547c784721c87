using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace SorAnalyzers.Docs.Tests;

/// <summary>
/// Every rule page's examples, compiled with the real generator and analyzers: the bad example prints
/// exactly the line the page shows (its rule, at its place, with its message), the good one builds clean.
/// </summary>
public sealed class RulePageTests
{
    /// <summary>Rules no input triggers on purpose: their pages say so instead of showing an example.</summary>
    private static readonly Dictionary<string, string> WithoutExample = new(StringComparer.Ordinal)
    {
        ["SOR0034"] = "a failure of the generator itself",
        // The baseline's rules need a recorded baseline and a real build: the package's end-to-end baseline
        // test (BaselineTests) records one and sees both.
        ["SOR0113"] = "a baseline entry that matches no violation",
        ["SOR0114"] = "an MSBuild error of the package's targets",
        ["SOR0036"] = "an MSBuild error of the package's targets (SharedModelSolutionTests builds it)",
        ["SOR0039"] = "an MSBuild error of the package's targets (SharedModelSolutionTests builds it)",
        ["SOR0035"] = "two projects, one referencing the other (SharedModelSolutionTests builds them)",
    };

    public static TheoryData<string> Pages() => new(RulePage.Ids().Where(id => !WithoutExample.ContainsKey(id)));

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_bad_example_yields_exactly_its_rule_as_the_page_prints_it(string id)
    {
        RulePage page = RulePage.Load(id);
        IReadOnlyList<string> expected = page.BadOutput;
        IReadOnlyList<string> actual = page.ProjectOf(page.Bad).Build().Select(RulePage.Format).ToList();
        string report = $"docs/rules/{id}.md, bad example\nthe page shows:\n  {string.Join("\n  ", expected)}\nthe build prints:\n  {string.Join("\n  ", actual)}";

        Assert.True(expected.Count == 1 && System.Text.RegularExpressions.Regex.IsMatch(expected[0], $@"^(\S+\(\d+,\d+\): )?(error|warning) {id}: "),
            "The bad example must show exactly one line of its rule in a ```text block.\n" + report);
        Assert.True(actual.SequenceEqual(expected), report);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_good_example_builds_clean(string id)
    {
        RulePage page = RulePage.Load(id);
        Assert.True(page.Good.Any(b => b.Language is "yaml" or "csharp" or "xml"), $"docs/rules/{id}.md: the good example has no input");
        Assert.DoesNotContain(page.Good, b => b.Language == "text");

        IReadOnlyList<string> actual = page.ProjectOf(page.Good).Build().Select(RulePage.Format).ToList();

        Assert.True(actual.Count == 0, $"docs/rules/{id}.md, good example\nthe build prints:\n  {string.Join("\n  ", actual)}");
    }

    [Fact]
    public void A_page_without_an_example_says_why_and_shows_none()
    {
        foreach (string id in WithoutExample.Keys)
        {
            string example = Markdown.Section(Repository.Read($"docs/rules/{id}.md"), "Example");
            Assert.True(Markdown.TrySection(example, "Bad") is null && Markdown.Blocks(example).Count == 0, $"docs/rules/{id}.md has an example: test it like the others");
            Assert.StartsWith("None", example.Trim(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_rule_the_analyzers_report_has_a_page()
    {
        var ids = typeof(SorAnalyzers.Analyzers.Model.ModelDiagnosticsAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Select(d => d.Id)
            .Where(i => i.StartsWith("SOR", StringComparison.Ordinal))
            .ToHashSet();

        Assert.True(ids.Count > 40, $"only {ids.Count} rules found");
        Assert.Empty(ids.Except(RulePage.Ids()));
    }
}
