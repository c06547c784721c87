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
            : field.Type.ToString().ToLowerInvariant();
        output.WriteLine($"{field.Key} ({type})");
        if (!string.IsNullOrEmpty(field.Description))
        {
            output.WriteLine($"  {field.Description}");
        }

        output.WriteLine($"Owner:      {Describe(model, field.Owner)}");

        IReadOnlyList<FieldHolding> holders = model.HoldersOf(field.Key);
        output.WriteLine("Held by:");
        int width = holders.Count == 0 ? 0 : holders.Max(h => h.System.Length);
        foreach (FieldHolding holding in holders)
        {
            string how = holding.IsOwner ? "owner" : $"via {holding.ViaFlow}";
            output.WriteLine($"  {holding.System.PadRight(width)}  {how}");
        }

        output.WriteLine($"Direction:  {model.DirectionOf(field.Key)}");
        output.WriteLine($"PII:        {YesNo(field.Pii)}");
        output.WriteLine($"Immutable:  {YesNo(field.Immutable)}");
        output.WriteLine($"Deprecated: {(field.Deprecated is null ? "no" : "yes: " + field.Deprecated)}");
    }

    private static string Describe(OwnershipModel model, string systemId) => model.DescribeOwner(systemId);

    private static string YesNo(bool value) => value ? "yes" : "no";
}
