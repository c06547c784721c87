using System.Linq;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Reading;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Model.Tests;

/// <summary>What a diagnostic carries beyond its ID: related locations, suggestions, wording.</summary>
public class ModelDiagnosticDetailTests
{
    private static ModelDiagnostic Only(string yaml) => Assert.Single(ModelReader.Read(yaml).Diagnostics);

    private static BrokenModels.Case Case(string name) => BrokenModels.Cases.Single(c => c.Name == name);

    [Theory]
    [InlineData("duplicate key", 3, 3)]
    [InlineData("duplicate enum value", 7, 33)]
    [InlineData("duplicate flow id", 8, 11)]
    [InlineData("names that collide once converted", 7, 7)]
    [InlineData("competing writers", 10, 50)]
    public void A_duplicate_points_back_at_the_first_occurrence(string name, int line, int column)
    {
        ModelDiagnostic diagnostic = Only(Case(name).Yaml);

        Assert.NotNull(diagnostic.RelatedSpan);
        Assert.Equal((line, column), (diagnostic.RelatedSpan!.Value.DisplayLine, diagnostic.RelatedSpan.Value.DisplayColumn));
    }

    [Theory]
    [InlineData(3)] // a small map: its entries are looked through
    [InlineData(12)] // a big one: looked up in a table made once it grows
    public void A_duplicate_key_is_found_in_a_map_of_any_size(int fields)
    {
        var yaml = new System.Text.StringBuilder("sor: 1\nsystems: { crm: {} }\nentities:\n  A:\n    fields:\n");
        for (int i = 0; i < fields; i++)
        {
            yaml.Append("      F").Append(i).Append(": { type: string, owner: crm }\n");
        }

        yaml.Append("      F1: { type: int, owner: crm }\n");

        ModelReadResult result = ModelReader.Read(yaml.ToString());

        ModelDiagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SOR0007", diagnostic.Id);
        Assert.Equal((6 + fields, 7), (diagnostic.Span.DisplayLine, diagnostic.Span.DisplayColumn));
        Assert.Equal((7, 7), (diagnostic.RelatedSpan!.Value.DisplayLine, diagnostic.RelatedSpan.Value.DisplayColumn));
        Assert.Equal(FieldType.String, result.Model!.FindField("A.F1")!.Type); // the first declaration is kept
        Assert.Equal(fields, result.Model.FindEntity("A")!.Fields.Count);
    }

    [Theory]
    [InlineData("misspelled key", "owner")]
    [InlineData("unknown owner", "crm")]
    [InlineData("unknown type", "string")]
    [InlineData("unknown flow target", "bi")]
    [InlineData("unknown field in a flow", "A.Field")]
    [InlineData("unknown entity in a flow", "Account.F")]
    [InlineData("unknown conflict rule", "ownerWins")]
    public void An_unknown_name_suggests_the_nearest_known_one(string name, string suggestion)
    {
        ModelDiagnostic diagnostic = Only(Case(name).Yaml);

        Assert.Equal(suggestion, diagnostic.Properties![ModelDiagnostic.SuggestionProperty]);
        Assert.Contains("did you mean", diagnostic.Message);
    }

    [Fact]
    public void A_name_with_nothing_near_it_gets_no_suggestion()
    {
        ModelDiagnostic diagnostic = Only(Case("unknown owner").Yaml.Replace("owner: crn", "owner: warehouse"));

        Assert.Equal("SOR0012", diagnostic.Id);
        Assert.Null(diagnostic.Properties);
        Assert.Equal("Field A.F is owned by 'warehouse', which is not a declared system", diagnostic.Message);
    }

    [Fact]
    public void Messages_name_the_field_its_owner_and_the_direction()
    {
        Assert.Equal(
            "Flow 'marketing-to-crm' writes Contact.Email into crm, its owner, against the declared direction: a flow into the owner may only fill blanks (conflict: targetIfBlank)",
            Only(Case("flow that overwrites the owner").Yaml).Message);
        Assert.Equal(
            "Flows carry X.F round a loop (a → b → a) where none of them is its owner crm: copies would overwrite each other forever",
            Only(Case("loop of copies").Yaml).Message);
    }

    [Fact]
    public void A_fill_into_the_owner_with_targetIfBlank_is_allowed_and_is_not_a_loop()
    {
        string yaml = Case("flow that overwrites the owner").Yaml.Replace(
            "fields: [Contact.Email] }\n  - { id: marketing-to-crm", "fields: [Contact.Email] }\n  - { id: marketing-to-crm, conflict: targetIfBlank");

        ModelReadResult result = ModelReader.Read(yaml);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Model!.FindFlow("marketing-to-crm")!.Carries("Contact.Email"));
    }

    [Fact]
    public void A_broken_field_is_left_out_but_the_rest_of_the_model_is_kept()
    {
        ModelReadResult result = ModelReader.Read(SmallModels.Valid.Replace("Arr: { type: decimal, owner: billing }", "Arr: { type: decimal, owner: biling }"));

        Assert.Equal("SOR0012", Assert.Single(result.Diagnostics).Id);
        Assert.Null(result.Model!.FindField("Account.Arr"));
        Assert.NotNull(result.Model.FindField("Account.Name"));
        Assert.NotNull(result.Model.FindFlow("crm-to-bi"));
    }
}
