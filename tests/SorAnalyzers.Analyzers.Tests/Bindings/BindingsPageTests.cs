using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Analyzers.Bindings;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests.Bindings;

/// <summary>
/// docs/bindings.md is true: its C# blocks, compiled together against its model and the real Stripe.net and EF
/// Core assemblies, get exactly the diagnostics their lines announce (<c>// SORnnnn</c> at the end of a line),
/// and no other.
/// </summary>
public class BindingsPageTests
{
    private static readonly Regex Block = new("```(?<lang>yaml|csharp)\n(?<code>.*?)```", RegexOptions.Singleline);
    private static readonly Regex Announced = new(@"// (?<id>SOR\d{4})\s*$");

    [Fact]
    public async Task Every_snippet_reports_what_it_announces()
    {
        string page = File.ReadAllText(RepoFiles.InRepo("docs/bindings.md")).Replace("\r\n", "\n");
        var blocks = Block.Matches(page).Select(m => (Language: m.Groups["lang"].Value, Code: m.Groups["code"].Value)).ToList();
        string model = blocks.Single(b => b.Language == "yaml" && b.Code.Contains("sor: 1")).Code;
        var snippets = blocks.Where(b => b.Language == "csharp").Select(b => b.Code).ToList();
        Assert.True(snippets.Count >= 5, "the page's C# blocks were not found");

        var trees = snippets.Select((code, i) => CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: $"Snippet{i + 1}.cs")).ToList();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "BindingsPage",
            trees,
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().Concat(new[]
            {
                MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Stripe.CustomerUpdateOptions).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Newtonsoft.Json.JsonPropertyAttribute).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly.Location),
            }),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryText("/page/bindings.sor.yaml", model)));
        ImmutableArray<Diagnostic> reported = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new WriteAnalyzer(), new BindingAnalyzer(), new ContextAttributeAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();

        var expected = new List<string>();
        for (int i = 0; i < snippets.Count; i++)
        {
            string[] lines = snippets[i].Split('\n');
            for (int line = 0; line < lines.Length; line++)
            {
                if (Announced.Match(lines[line]) is { Success: true } m)
                {
                    expected.Add($"Snippet{i + 1}.cs({line + 1}): {m.Groups["id"].Value}");
                }
            }
        }

        var actual = reported
            .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1}): {d.Id}")
            .Order()
            .ToList();
        Assert.Equal(expected.Order(), actual);
        Assert.True(expected.Count >= 8, "the page announces too few diagnostics to show each form");
    }
}
