using System.Linq;
using SorAnalyzers.Model.Changes;
using SorAnalyzers.Model.Reading;
using Xunit;

namespace SorAnalyzers.Model.Tests.Bindings;

/// <summary>A system's name for a field is part of the contract with the code bound to that system: its change is a warning of <c>sor diff</c>.</summary>
public class NameChangeTests
{
    private const string Before = """
        sor: 1
        systems: { crm: {}, billing: {} }
        entities:
          Account:
            fields:
              Arr: { type: decimal, owner: billing, names: { billing: metadata.arr } }
        flows:
          - { id: billing-to-crm, from: billing, to: crm, fields: [Account.Arr] }
        """;

    [Fact]
    public void Changed_added_and_removed_names_are_warnings_that_say_what_no_longer_maps()
    {
        string after = Before.Replace("names: { billing: metadata.arr }", "names: { billing: metadata.arr_usd, crm: AnnualRevenue }");

        var changes = ModelComparer.Compare(ModelReader.Read(Before).Model!, ModelReader.Read(after).Model!)
            .Where(c => c.Kind == "field-name-changed").ToList();

        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.Equal(ChangeSeverity.Warning, c.Severity));
        Assert.Contains(changes, c => c.Message == "billing's name for Account.Arr changed: metadata.arr → metadata.arr_usd");
        Assert.Contains(changes, c => c.Message == "crm's name for Account.Arr changed: (none) → AnnualRevenue"
            && c.Code!.Contains("a write through Arr is no longer checked as Account.Arr"));
    }

    [Fact]
    public void The_same_names_are_no_change()
        => Assert.Empty(ModelComparer.Compare(ModelReader.Read(Before).Model!, ModelReader.Read(Before).Model!));
}
