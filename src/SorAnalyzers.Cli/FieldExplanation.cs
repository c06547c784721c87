using System.Collections.Generic;
using System.IO;
using System.Linq;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.Cli;

/// <summary>The text of `sor explain`: owner, holders, direction and flags of one field.</summary>
public static class FieldExplanation
{
    public static void Write(OwnershipModel model, FieldDefinition field, TextWriter output)
    {
        string type = field.Type == FieldType.Enum
            ? $"enum: {string.Join(", ", field.EnumValues)}"
            : FieldTypes.Name(field.Type);
        output.WriteLine($"{field.Key} ({type})");
        if (!string.IsNullOrEmpty(field.Description))
        {
            output.WriteLine($"  {field.Description}");
        }

        output.WriteLine($"Owner:      {Describe(model, field.Owner)}");

        IReadOnlyList<FieldHolding> holders = model.HoldersOf(field.Key);
        output.WriteLine("Held by:");
        int width = holders.Count == 0 ? 0 : holders.Max(h => h.System.Length);
        int howWidth = holders.Count == 0 ? 0 : holders.Max(h => How(h).Length);
        foreach (FieldHolding holding in holders)
        {
            // A system's own name for the field (names: in the model), which its bound types use.
            string line = field.NameIn(holding.System) is { } name
                ? $"  {holding.System.PadRight(width)}  {How(holding).PadRight(howWidth)}  as {name}"
                : $"  {holding.System.PadRight(width)}  {How(holding)}";
            output.WriteLine(line);
        }

        output.WriteLine($"Direction:  {model.DirectionOf(field.Key)}");
        output.WriteLine($"PII:        {YesNo(field.Pii)}");
        output.WriteLine($"Immutable:  {YesNo(field.Immutable)}");
        output.WriteLine($"Deprecated: {(field.Deprecated is null ? "no" : "yes: " + field.Deprecated)}");
    }

    private static string How(FieldHolding holding) => holding.IsOwner ? "owner" : $"via {holding.ViaFlow}";

    private static string Describe(OwnershipModel model, string systemId) => model.DescribeOwner(systemId);

    private static string YesNo(bool value) => value ? "yes" : "no";
}
