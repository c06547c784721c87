using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Analyzers.Bindings;
using SorAnalyzers.Analyzers.Writes;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>Every code rule has its docs page (with the same title), its help link and its release row.</summary>
public class RuleCatalogueTests
{
    private static readonly string Root = RepoFiles.Root;

    private static readonly DiagnosticDescriptor[] AllCodeRules =
        WriteRules.WriteChecks.Concat(WriteRules.ContextChecks).Concat(BindingRules.BindingChecks).Append(BindingRules.UnmappedWrite).ToArray();

    public static TheoryData<string> Ids => new(AllCodeRules.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_is_documented_linked_and_tracked(string id)
    {
        DiagnosticDescriptor rule = AllCodeRules.Single(d => d.Id == id);

        string page = Path.Combine(Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), page);
        Assert.Equal($"# {id}: {rule.Title}", File.ReadLines(page).First());
        Assert.Equal($"https://github.com/soranalyzers/soranalyzers/blob/main/docs/rules/{id}.md", rule.HelpLinkUri);

        string releases = File.ReadAllText(Path.Combine(Root, "src", "SorAnalyzers.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {rule.Category} | {rule.DefaultSeverity} | [Documentation](../../docs/rules/{id}.md)", releases);

        string index = File.ReadAllText(Path.Combine(Root, "docs", "rules", "code-rules.md"));
        Assert.Contains($"| [{id}]({id}.md) | {rule.DefaultSeverity} | {rule.Title} |", index);
    }

    [Fact]
    public void Ids_are_unique_and_in_the_code_range()
    {
        string[] ids = AllCodeRules.Select(d => d.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.InRange(int.Parse(id.Substring(3)), 101, 199));
    }
}
