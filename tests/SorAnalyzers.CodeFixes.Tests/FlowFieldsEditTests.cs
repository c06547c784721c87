using System.Linq;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.CodeFixes;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;
using Xunit;

using SorAnalyzers.Analyzers.Tests;

namespace SorAnalyzers.CodeFixes.Tests;

/// <summary>The model edit behind "Carry Entity.Field in flow F": only the list changes, in its own style.</summary>
public class FlowFieldsEditTests
{
    private const string Head = "sor: 1\nsystems:\n  a: {}\n  b: {}\nentities:\n  E:\n    fields:\n      X: { type: string, owner: a }\n      Y: { type: string, owner: a }\n      Z: { type: string, owner: a }\nflows:\n";

    [Theory]
    [InlineData("  - { id: f, from: a, to: b, fields: [E.X] }\n", "  - { id: f, from: a, to: b, fields: [E.X, E.Y, E.Z] }\n")]
    [InlineData("  - { id: f, from: a, to: b, fields: [ E.X ,  \"E.*\" ] }\n", "  - { id: f, from: a, to: b, fields: [ E.X ,  \"E.*\" ] }\n")]
    [InlineData("  - id: f\n    from: a\n    to: b\n    fields: []   # none yet\n", "  - id: f\n    from: a\n    to: b\n    fields: [E.Y, E.Z]   # none yet\n")]
    [InlineData("  - id: f\n    from: a\n    to: b\n    fields:\n      - E.X   # first\n    frequency: daily\n",
                "  - id: f\n    from: a\n    to: b\n    fields:\n      - E.X   # first\n      - E.Y\n      - E.Z\n    frequency: daily\n")]
    [InlineData("  - id: f\n    from: a\n    to: b\n    fields:\n    - E.X", "  - id: f\n    from: a\n    to: b\n    fields:\n    - E.X\n    - E.Y\n    - E.Z")]
    public void Adds_fields_in_the_lists_own_style(string flows, string expected)
        => Assert.Equal(Head + expected, Apply(Head + flows));

    [Fact]
    public void Keeps_crlf_line_endings()
    {
        string text = (Head + "  - id: f\n    from: a\n    to: b\n    fields:\n      - E.X\n").Replace("\n", "\r\n");
        Assert.Equal(text.Replace("- E.X\r\n", "- E.X\r\n      - E.Y\r\n      - E.Z\r\n"), Apply(text));
    }

    private static string Apply(string text)
    {
        OwnershipModel model = ModelReader.Read(text).Model!;
        SourceText source = SourceText.From(text);
        TextChange? change = FlowFieldsEdit.AddFields(source, model.FindFlow("f")!, new[] { "E.Y", "E.Z", "E.Y" });
        return change is { } c ? source.WithChanges(c).ToString() : text;
    }
}
