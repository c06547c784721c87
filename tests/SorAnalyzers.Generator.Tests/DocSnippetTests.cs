using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Generator.Tests;

/// <summary>Every C# block of docs/flow-application.md compiles, warnings as errors, against the revops model's generated code.</summary>
public class DocSnippetTests
{
    [Fact]
    public void The_flow_application_page_compiles()
    {
        string page = File.ReadAllText(RepoFiles.InRepo("docs/flow-application.md"));
        string[] snippets = Regex.Matches(page, "```csharp\n(?<code>.*?)```", RegexOptions.Singleline).Select(m => m.Groups["code"].Value).ToArray();
        Assert.True(snippets.Length >= 2, "the page's C# blocks were not found");

        // Each block is its own file; the page's snippets need no doc comments (DocumentationMode.Parse).
        var harness = new GeneratorHarness(
            File.ReadAllText(RepoFiles.Model("revops.sor.yaml")),
            "/project/revops.sor.yaml",
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse));
        foreach (string snippet in snippets)
        {
            harness.WithSource(snippet);
        }

        harness.Run().AssertClean();
    }
}
