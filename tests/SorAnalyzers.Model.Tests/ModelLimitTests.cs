using System.Linq;
using System.Text;
using SorAnalyzers.Model.Reading;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Model.Tests;

/// <summary>Hostile or accidental inputs are refused with a diagnostic, never a hang or an exception.</summary>
public class ModelLimitTests
{
    [Fact]
    public void An_alias_bomb_is_refused()
    {
        // Ten levels of ten references: 10^10 values once expanded, a few hundred bytes as text.
        var yaml = new StringBuilder("sor: 1\nbomb0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level < 10; level++)
        {
            string refs = string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10));
            yaml.Append($"bomb{level}: &a{level} [{refs}]\n");
        }

        ModelReadResult result = ModelReader.Read(yaml.ToString());

        Assert.Null(result.Model);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SOR0006", diagnostic.Id);
        Assert.Contains("alias", diagnostic.Message);
    }

    [Fact]
    public void One_long_text_reused_through_aliases_is_refused_before_it_multiplies()
    {
        // A valid model under every count: 200 fields share one 100,000-character description through an
        // alias, 20 million characters once expanded, which the generator would write out again and again.
        var yaml = new StringBuilder("sor: 1\nsystems: { crm: {} }\nentities:\n  A:\n    description: &long \"");
        yaml.Append('x', 100_000).Append("\"\n    fields:\n");
        for (int i = 0; i < 200; i++)
        {
            yaml.Append($"      F{i}: {{ type: string, owner: crm, description: *long }}\n");
        }

        ModelReadResult result = ModelReader.Read(yaml.ToString());

        Assert.Null(result.Model);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SOR0006", diagnostic.Id);
        Assert.Contains("characters", diagnostic.Message);
        Assert.True(diagnostic.Span.DisplayLine > 6, "placed at the alias that crossed the limit");
    }

    [Fact]
    public void A_few_aliases_of_a_long_text_are_fine()
    {
        var yaml = new StringBuilder("sor: 1\nsystems: { crm: {} }\nentities:\n  A:\n    description: &long \"");
        yaml.Append('x', 100_000).Append("\"\n    fields:\n");
        for (int i = 0; i < 5; i++)
        {
            yaml.Append($"      F{i}: {{ type: string, owner: crm, description: *long }}\n");
        }

        ModelReadResult result = ModelReader.Read(yaml.ToString());

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Very_deep_nesting_is_refused()
    {
        string yaml = "sor: 1\nsystems: " + new string('[', 5000) + new string(']', 5000) + "\n";

        ModelReadResult result = ModelReader.Read(yaml);

        Assert.Null(result.Model);
        Assert.Equal("SOR0006", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_parsing()
    {
        string yaml = "sor: 1\n# " + new string('x', ModelLimits.Default.MaxCharacters) + "\n";

        ModelReadResult result = ModelReader.Read(yaml);

        Assert.Equal("SOR0006", Assert.Single(result.Diagnostics).Id);
        Assert.Contains("characters", result.Diagnostics[0].Message);
    }

    [Fact]
    public void Aliases_within_the_limit_are_expanded_and_read()
    {
        const string yaml = """
            sor: 1
            systems:
              crm: &plain { title: Salesforce }
              billing: *plain
            entities:
              A: { fields: { F: { type: string, owner: billing } } }
            """;

        ModelReadResult result = ModelReader.Read(yaml);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Salesforce", result.Model!.FindSystem("billing")!.Title);
    }

    [Fact]
    public void An_alias_to_an_unknown_anchor_is_a_syntax_error_at_the_alias()
    {
        ModelReadResult result = ModelReader.Read("sor: 1\nsystems: *nothing\nentities: {}\n");

        var diagnostic = result.Diagnostics.First();
        Assert.Equal("SOR0001", diagnostic.Id);
        Assert.Equal((2, 10), (diagnostic.Span.DisplayLine, diagnostic.Span.DisplayColumn));
    }

    [Fact]
    public void Two_documents_in_one_file_are_reported_at_the_second()
    {
        ModelReadResult result = ModelReader.Read(SmallModels.Valid + "\n---\nsor: 1\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SOR0001", diagnostic.Id);
        Assert.Equal(22, diagnostic.Span.DisplayLine);
    }
}
