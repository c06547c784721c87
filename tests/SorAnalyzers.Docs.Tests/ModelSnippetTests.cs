using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace SorAnalyzers.Docs.Tests;

/// <summary>
/// Every complete model shown in README.md and docs/*.md (a yaml block with a <c>sor: 1</c> line) is
/// valid: the generator and the analyzers report nothing on it and its generated code compiles.
/// Rule pages are checked by <see cref="RulePageTests"/>; fragments without <c>sor:</c> are not models.
/// </summary>
public sealed class ModelSnippetTests
{
    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (string file in Pages())
        {
            IReadOnlyList<FencedBlock> models = Models(file);
            for (int i = 0; i < models.Count; i++)
            {
                data.Add(file, i);
            }
        }

        return data;
    }

    [Fact]
    public void The_docs_show_complete_models()
        => Assert.True(Pages().Sum(p => Models(p).Count) >= 3, "README.md and docs/*.md should show complete models");

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_model_builds_clean(string file, int index)
    {
        var project = new ExampleProject();
        project.AdditionalFiles.Add(("/project/model.sor.yaml", Models(file)[index].Text));

        IReadOnlyList<string> reported = project.Build().Select(RulePage.Format).ToList();

        Assert.True(reported.Count == 0, $"{file}, model #{index + 1}:\n  {string.Join("\n  ", reported)}");
    }

    private static IEnumerable<string> Pages()
        => new[] { "README.md" }.Concat(Directory.GetFiles(Repository.PathOf("docs"), "*.md")
            .Select(p => "docs/" + Path.GetFileName(p))
            .Order(StringComparer.Ordinal));

    private static IReadOnlyList<FencedBlock> Models(string file)
        => Markdown.Blocks(Repository.Read(file))
            .Where(b => b.Language == "yaml" && b.Text.Split('\n').Any(l => l.TrimEnd() == "sor: 1"))
            .ToList();
}
