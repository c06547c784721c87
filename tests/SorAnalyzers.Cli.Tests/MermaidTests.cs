using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SorAnalyzers.Cli.Tests.Mermaid;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Cli.Tests;

/// <summary>The catalog's diagram, parsed by Mermaid's own parser (installed from npm; see <see cref="MermaidParser"/>).</summary>
[Trait("Category", "EndToEnd")]
public sealed class MermaidTests : IClassFixture<MermaidParser>, IDisposable
{
    private readonly MermaidParser _mermaid;
    private readonly ScratchFolder _folder = new();

    public MermaidTests(MermaidParser mermaid) => _mermaid = mermaid;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_diagrams_of_the_reference_models_and_of_a_hostile_model_parse()
    {
        _folder.Write("hostile.sor.yaml", HostileModels.Text);
        var diagrams = new List<string>
        {
            Diagram(Sor.Run(RepoFiles.Root, "catalog", Path.Combine("models", "revops.sor.yaml"))),
            Diagram(Sor.Run(RepoFiles.Root, "catalog", Path.Combine("models", "people-finance.sor.yaml"))),
            Diagram(Sor.Run(_folder.Path, "catalog", "hostile.sor.yaml")),
        };

        IReadOnlyList<string> results = _mermaid.Parse(diagrams);

        Assert.All(results, r => Assert.Matches("^ok diagram-[0-9a-f]+\\.mmd flowchart", r));
        Assert.Contains("sys_end", diagrams[2]);
    }

    [Fact]
    public void The_parser_rejects_a_broken_diagram()
    {
        // The control: the check can fail. An unescaped quote and a bare keyword as node id.
        IReadOnlyList<string> results = _mermaid.Parse(["flowchart LR\n    end[\"a \"quoted\" b\"] --> x\n"]);

        Assert.StartsWith("error ", Assert.Single(results));
    }

    private static string Diagram(Sor.Outcome run)
    {
        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Output.Split('\n');
        int start = Array.IndexOf(lines, "```mermaid");
        int end = Array.IndexOf(lines, "```", start + 1);
        Assert.True(start >= 0 && end > start, "no mermaid block in the catalog");
        return string.Join("\n", lines[(start + 1)..end]) + "\n";
    }
}
