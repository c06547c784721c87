using System;
using System.Globalization;
using System.Text;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// A valid model of any size, all of one shape, for the scale cases: 5 systems that own fields,
/// entities of 20 fields (owners spread evenly), and 5 flows per entity, each copying the 4 fields its
/// source owns in that entity to one peer. 100 entities make the shape the issue measured: 2,000 fields,
/// 5 systems, 500 flows, about 210 KB. Each field reaches each system through at most one flow, so the
/// model reads with no diagnostic at all.
/// </summary>
internal static class ScaledModel
{
    public const int FieldsPerEntity = 20;
    public const int FlowsPerEntity = 5;

    public static readonly string[] Systems = { "crm", "billing", "marketing", "support", "erp" };

    private static readonly string[] FieldWords =
    {
        "Name", "Status", "Amount", "Owner", "Region", "Score", "Code", "StartDate", "EndDate", "Reference",
        "Category", "Priority", "Currency", "Channel", "Segment", "Tier", "Rating", "Source", "Note", "ExternalId",
    };

    private static readonly string[] Types = { "string", "int", "decimal", "bool", "date", "datetime", "guid", "long", "double", "enum" };

    /// <summary>The number of entities whose model is closest to <paramref name="characters"/> long.</summary>
    public static int EntitiesFor(int characters)
    {
        int small = Yaml(10).Length, large = Yaml(110).Length;
        double perEntity = (large - small) / 100.0;
        return Math.Max(1, (int)Math.Round((characters - (small - (10 * perEntity))) / perEntity));
    }

    public static string Yaml(int entities)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine(Invariant($"# Generated for the benchmarks: {Systems.Length} systems, {entities * FieldsPerEntity} fields, {entities * FlowsPerEntity} flows."));
        yaml.AppendLine("sor: 1");
        yaml.AppendLine("name: Scaled landscape");
        yaml.AppendLine("version: 1.0.0");
        yaml.AppendLine("namespace: Scaled.Landscape");
        yaml.AppendLine();
        yaml.AppendLine("systems:");
        foreach (string system in Systems)
        {
            yaml.AppendLine(Invariant($"  {system}: {{ title: {system.ToUpperInvariant()} platform, businessOwner: {system} business team }}"));
        }

        yaml.AppendLine();
        yaml.AppendLine("entities:");
        for (int e = 0; e < entities; e++)
        {
            yaml.AppendLine(Invariant($"  {Entity(e)}:"));
            yaml.AppendLine(Invariant($"    description: Synthetic entity number {e}."));
            yaml.AppendLine("    fields:");
            for (int f = 0; f < FieldsPerEntity; f++)
            {
                string type = Types[(e + f) % Types.Length];
                string values = type == "enum" ? ", values: [Low, Medium, High]" : string.Empty;
                string flags = f % 7 == 3 ? ", pii: true" : string.Empty;
                yaml.AppendLine(Invariant($"      {FieldWords[f]}: {{ type: {type}{values}, owner: {OwnerOf(e, f)}{flags} }}"));
            }
        }

        yaml.AppendLine();
        yaml.AppendLine("flows:");
        for (int e = 0; e < entities; e++)
        {
            for (int j = 0; j < FlowsPerEntity; j++)
            {
                string from = Systems[j], to = Systems[(j + 1 + (e % (Systems.Length - 1))) % Systems.Length];
                yaml.AppendLine(Invariant($"  - id: {Entity(e).ToLowerInvariant()}-{from}-to-{to}"));
                yaml.AppendLine(Invariant($"    from: {from}"));
                yaml.AppendLine(Invariant($"    to: {to}"));
                yaml.AppendLine("    frequency: hourly");
                var fields = new StringBuilder();
                for (int f = 0; f < FieldsPerEntity; f++)
                {
                    if (OwnerOf(e, f) == from)
                    {
                        fields.Append(fields.Length == 0 ? string.Empty : ", ").Append(Entity(e)).Append('.').Append(FieldWords[f]);
                    }
                }

                yaml.AppendLine(Invariant($"    fields: [{fields}]"));
            }
        }

        return yaml.ToString();
    }

    private static string Entity(int e) => "Entity" + e.ToString("000", CultureInfo.InvariantCulture);

    private static string OwnerOf(int e, int f) => Systems[(e + f) % Systems.Length];

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
