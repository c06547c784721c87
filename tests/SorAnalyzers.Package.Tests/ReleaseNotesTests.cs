using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Package.Tests;

/// <summary>
/// CHANGELOG.md and the analyzer release files (AnalyzerReleases.Shipped.md / Unshipped.md) tell the same
/// story: every release lists the same rules, with the same category and severity, in both.
/// </summary>
public sealed class ReleaseNotesTests
{
    private static readonly string RepoRoot = RepoFiles.Root;

    [Fact]
    public void The_changelog_lists_the_rules_of_each_release_as_the_analyzer_release_files_do()
    {
        Dictionary<string, ReleaseRules> changelog = ChangelogReleases(Read("CHANGELOG.md"));
        Dictionary<string, ReleaseRules> tracked = TrackedReleases(
            Read("src/SorAnalyzers.Analyzers/AnalyzerReleases.Shipped.md"),
            Read("src/SorAnalyzers.Analyzers/AnalyzerReleases.Unshipped.md"));

        Assert.Contains("Unreleased", changelog.Keys);
        Assert.True(tracked.Values.Sum(r => r.All.Count) > 0, "the release files list no rule at all");
        foreach ((string release, ReleaseRules rules) in tracked.Where(r => r.Value.All.Count > 0))
        {
            Assert.True(changelog.ContainsKey(release), $"CHANGELOG.md has no section [{release}], whose rules AnalyzerReleases lists");
            Assert.Equal(rules.New, changelog[release].New);
            Assert.Equal(rules.Changed, changelog[release].Changed);
            Assert.Equal(rules.Removed, changelog[release].Removed);
        }

        foreach ((string release, ReleaseRules rules) in changelog.Where(r => r.Value.All.Count > 0))
        {
            Assert.True(tracked.ContainsKey(release) && tracked[release].All.Count > 0,
                $"CHANGELOG.md lists rules under [{release}], AnalyzerReleases does not");
        }
    }

    [Fact]
    public void Every_rule_in_the_changelog_links_its_page()
    {
        MatchCollection links = Regex.Matches(Read("CHANGELOG.md"), @"\| \[(SOR\d{4})\]\(([^)]+)\)");
        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            Assert.Equal($"docs/rules/{link.Groups[1].Value}.md", link.Groups[2].Value);
            Assert.True(File.Exists(Path.Combine(RepoRoot, link.Groups[2].Value)), link.Groups[2].Value);
        });
    }

    [Fact]
    public void The_readme_links_the_changelog_and_the_contributor_guide_and_the_guide_has_the_toolchain_facts()
    {
        string readme = Read("README.md");
        Assert.Contains("(CHANGELOG.md)", readme, StringComparison.Ordinal);
        Assert.Contains("(CONTRIBUTING.md)", readme, StringComparison.Ordinal);
        Assert.Contains("(docs/versioning.md)", readme, StringComparison.Ordinal);

        // Directory.Packages.props sends readers to the guide for the toolchain facts.
        Assert.Contains("CONTRIBUTING.md lists the toolchain facts", Read("Directory.Packages.props"), StringComparison.Ordinal);
        string[] guide = File.ReadAllLines(Path.Combine(RepoRoot, "CONTRIBUTING.md"));
        Assert.Contains("## Toolchain facts", guide);
        foreach (string filter in new[] { "--filter \"Category!=EndToEnd\"", "--filter \"Category=EndToEnd\"" })
        {
            Assert.Contains(guide, line => line.Contains(filter, StringComparison.Ordinal));
        }
    }

    private static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepoRoot, relativePath)).Replace("\r\n", "\n");

    /// <summary>CHANGELOG.md: "## [1.2.0] - date" sections, their "### New rules" (changed, removed) tables of "| [ID](…) | Category | Severity | Title |".</summary>
    private static Dictionary<string, ReleaseRules> ChangelogReleases(string text)
    {
        var releases = new Dictionary<string, ReleaseRules>();
        ReleaseRules? current = null;
        List<string>? table = null;
        foreach (string line in text.Split('\n'))
        {
            Match release = Regex.Match(line, @"^## \[([^\]]+)\]");
            if (release.Success)
            {
                current = releases[release.Groups[1].Value] = new ReleaseRules();
                table = null;
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                table = current?.Table(line[4..]);
            }
            else if (table is not null && Regex.Match(line, @"^\| \[(SOR\d{4})\]\([^)]*\) \| ([^|]+) \| ([^|]+) \|") is { Success: true } row)
            {
                table.Add($"{row.Groups[1].Value} | {row.Groups[2].Value.Trim()} | {row.Groups[3].Value.Trim()}");
            }
        }

        return releases;
    }

    /// <summary>AnalyzerReleases: "## Release 1.2.0" sections (Unshipped.md has none: it is the unreleased one) with "### New Rules" tables of "ID | Category | Severity | Notes".</summary>
    private static Dictionary<string, ReleaseRules> TrackedReleases(string shipped, string unshipped)
    {
        var releases = new Dictionary<string, ReleaseRules>();
        void Read(string text, string? initial)
        {
            ReleaseRules? current = initial is null ? null : releases[initial] = new ReleaseRules();
            List<string>? table = null;
            foreach (string line in text.Split('\n'))
            {
                Match release = Regex.Match(line, @"^## Release (\S+)");
                if (release.Success)
                {
                    current = releases[release.Groups[1].Value] = new ReleaseRules();
                    table = null;
                }
                else if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    table = current?.Table(line[4..]);
                }
                else if (table is not null && Regex.Match(line, @"^(SOR\d{4})\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|") is { Success: true } row)
                {
                    table.Add($"{row.Groups[1].Value} | {row.Groups[2].Value} | {row.Groups[3].Value}");
                }
            }
        }

        Read(shipped, null);
        Read(unshipped, "Unreleased");
        return releases;
    }

    private sealed class ReleaseRules
    {
        public List<string> New { get; } = new();

        public List<string> Changed { get; } = new();

        public List<string> Removed { get; } = new();

        public IReadOnlyList<string> All => New.Concat(Changed).Concat(Removed).ToList();

        public List<string>? Table(string heading) => heading.Trim().ToLowerInvariant() switch
        {
            "new rules" => New,
            "changed rules" => Changed,
            "removed rules" => Removed,
            _ => null,
        };
    }
}
