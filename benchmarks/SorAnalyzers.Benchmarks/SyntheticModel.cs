using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// A large, valid ownership model for the benchmarks: 8 systems (7 that own fields and a read-only
/// warehouse), 25 entities of 20 fields (500 fields), and 20 flows: 14 that copy a system's own fields
/// to a peer, and 6 relays that copy into the warehouse everything their source holds of some entities.
/// Each field reaches each system through at most one flow, so the model has no diagnostic at all.
/// </summary>
internal static class SyntheticModel
{
    public const int EntityCount = 25;
    public const int FieldsPerEntity = 20;
    public const int SystemCount = 8;
    public const int FlowCount = 20;

    private static readonly string[] Writers = { "crm", "billing", "marketing", "cs", "support", "erp", "product" };

    private static readonly string[] FieldWords =
    {
        "Name", "Status", "Amount", "Owner", "Region", "Score", "Code", "StartDate", "EndDate", "Reference",
        "Category", "Priority", "Currency", "Channel", "Segment", "Tier", "Rating", "Source", "Note", "ExternalId",
    };

    private static readonly string[] Types = { "string", "int", "decimal", "bool", "date", "datetime", "guid", "long", "double", "enum" };

    public static string Yaml()
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("# Generated for the benchmarks: 8 systems, 500 fields, 20 flows.");
        yaml.AppendLine("sor: 1");
        yaml.AppendLine("name: Synthetic landscape");
        yaml.AppendLine("version: 2.0.0");
        yaml.AppendLine("namespace: Synthetic.Landscape");
        yaml.AppendLine();
        yaml.AppendLine("systems:");
        foreach (string system in Writers)
        {
            yaml.AppendLine($"  {system}:");
            yaml.AppendLine($"    title: {system.ToUpperInvariant()} platform");
            yaml.AppendLine($"    businessOwner: {system} business team");
            yaml.AppendLine($"    technicalOwner: {system} engineering");
            yaml.AppendLine($"    description: The system of record for the fields it owns.");
        }

        yaml.AppendLine("  bi:");
        yaml.AppendLine("    title: Warehouse");
        yaml.AppendLine("    readOnly: true");
        yaml.AppendLine();
        yaml.AppendLine("entities:");
        for (int e = 0; e < EntityCount; e++)
        {
            yaml.AppendLine($"  {Entity(e)}:");
            yaml.AppendLine($"    description: Synthetic entity number {e}.");
            yaml.AppendLine("    fields:");
            for (int f = 0; f < FieldsPerEntity; f++)
            {
                AppendField(yaml, e, f);
            }
        }

        yaml.AppendLine();
        yaml.AppendLine("flows:");
        for (int k = 0; k < Writers.Length; k++)
        {
            for (int step = 1; step <= 2; step++)
            {
                string from = Writers[k], to = Writers[(k + step) % Writers.Length];
                yaml.AppendLine($"  - id: {from}-to-{to}");
                yaml.AppendLine($"    from: {from}");
                yaml.AppendLine($"    to: {to}");
                yaml.AppendLine("    frequency: hourly");
                yaml.AppendLine("    conflict: ownerWins");
                yaml.AppendLine($"    errorOwner: {from} engineering");
                yaml.AppendLine("    fields:");

                // Half the entities each: the owner's own fields only, so nothing ever flows back to its owner.
                for (int e = step - 1; e < EntityCount; e += 2)
                {
                    for (int f = 0; f < FieldsPerEntity; f++)
                    {
                        if (OwnerOf(e, f) == from)
                        {
                            yaml.AppendLine($"      - {Entity(e)}.{FieldWords[f]}");
                        }
                    }
                }
            }
        }

        for (int k = 0; k < FlowCount - (2 * Writers.Length); k++)
        {
            string from = Writers[k];
            IEnumerable<string> entities = Enumerable.Range(0, EntityCount).Where(e => e % 6 == k).Select(e => Entity(e) + ".*");
            yaml.AppendLine($"  - id: {from}-to-bi");
            yaml.AppendLine($"    from: {from}");
            yaml.AppendLine("    to: bi");
            yaml.AppendLine("    frequency: daily");
            yaml.AppendLine($"    fields: [{string.Join(", ", entities)}]");
            yaml.AppendLine("    impact: Reports go stale.");
        }

        return yaml.ToString();
    }

    private static string Entity(int e) => "Entity" + e.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    private static string OwnerOf(int e, int f) => Writers[(e + f) % Writers.Length];

    private static void AppendField(StringBuilder yaml, int e, int f)
    {
        string type = Types[(e + f) % Types.Length];
        string extra = type == "enum" ? ", values: [Low, Medium, High]" : string.Empty;
        if (f % 5 == 0)
        {
            // Every fifth field in block style, as hand-written models mix both.
            yaml.AppendLine($"      {FieldWords[f]}:");
            yaml.AppendLine($"        type: {type}");
            if (type == "enum")
            {
                yaml.AppendLine("        values: [Low, Medium, High]");
            }

            yaml.AppendLine($"        owner: {OwnerOf(e, f)}");
            yaml.AppendLine($"        description: The {FieldWords[f].ToLowerInvariant()} of entity {e}, kept by its owner.");
            yaml.AppendLine("        required: true");
            return;
        }

        string flags = f % 7 == 3 ? ", pii: true" : string.Empty;
        yaml.AppendLine($"      {FieldWords[f]}: {{ type: {type}{extra}, owner: {OwnerOf(e, f)}{flags} }}");
    }
}
