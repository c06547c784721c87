using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Generator.Tests;

/// <summary>
/// Models that are valid by construction yet hard on the generator: keywords, names of generated
/// helpers and of object's members, Unicode letters, entities and fields of the same name, enum
/// names that collide, hostile text everywhere, hundreds of fields, and flows along chains of holders
/// (never into an owner, never a loop, never a deprecated field).
/// </summary>
internal static class RandomModels
{
    private static readonly string[] SystemIds =
        { "crm", "flows", "sor-fields", "sor-systems", "sor-catalog", "record", "account-health-status", "system", "equals", "to-string", "class", "billing", "bi", "x1", "get-type" };

    private static readonly string[] Names =
        { "class", "string", "event", "namespace", "int", "record", "value", "Entity", "Equals", "to-string", "GetHashCode", "SorFields", "SorSystems", "SorCatalog", "Flows",
          "état", "Größe", "名前", "Δelta", "ǅemal", "lead_source", "account", "health-status", "Account", "HealthStatus", "Record", "MemberwiseClone", "Finalize" };

    private static readonly string[] Hostile =
        { "*/", "/*", "\"", "\\", "\n#error boom", "\r\n#if X", "</summary>", "<para>", "&amp;", "&", "\u2028#error ls", "\u2029", "\u0085", "\0", "{ }", "#", "名前", "😀", "'", "]]>", "<!--", "\t", "plain words" };

    private static readonly string[] Types = { "string", "int", "long", "decimal", "double", "bool", "date", "datetime", "guid", "enum" };

    public static Gen<string> Gen { get; } =
        from systemCount in CsCheck.Gen.Int[2, 7]
        from entityCount in CsCheck.Gen.Int[1, 6]
        from fieldCounts in CsCheck.Gen.Int[1, 60].Array[entityCount]
        from seed in CsCheck.Gen.Int
        select Build(systemCount, fieldCounts, new Random(seed));

    private static string Build(int systemCount, int[] fieldCounts, Random random)
    {
        var yaml = new StringBuilder("sor: 1\n");
        yaml.Append(random.Next(3) switch { 0 => "namespace: Fuzz.Model\n", 1 => "namespace: Fuzz.class.event\n", _ => string.Empty });
        yaml.Append("name: ").Append(Quote(Text(random))).Append('\n');

        List<string> systems = SystemIds.OrderBy(_ => random.Next()).Take(systemCount).ToList();
        string? readOnly = random.Next(3) == 0 ? systems[^1] : null;
        List<string> owners = systems.Where(s => s != readOnly).ToList();
        yaml.Append("systems:\n");
        foreach (string system in systems)
        {
            yaml.Append($"  {system}: {{ title: {Quote(Text(random))}, businessOwner: {Quote(Text(random))}, description: {Quote(Text(random))}{(system == readOnly ? ", readOnly: true" : string.Empty)} }}\n");
        }

        yaml.Append("entities:\n");
        var fields = new List<(string Key, string Owner, bool Deprecated)>();
        var entityNames = new HashSet<string>();
        for (int e = 0; e < fieldCounts.Length; e++)
        {
            string entity = Unique(Pick(random), entityNames, e);
            yaml.Append($"  {Quote(entity)}:\n    description: {Quote(Text(random))}\n    fields:\n");
            var fieldNames = new HashSet<string>();
            for (int f = 0; f < fieldCounts[e]; f++)
            {
                string field = Unique(f == 0 && random.Next(2) == 0 ? entity : Pick(random), fieldNames, f);
                string type = Types[random.Next(Types.Length)];
                string owner = owners[random.Next(owners.Count)];
                bool deprecated = random.Next(10) == 0;
                var traits = new StringBuilder($"type: {type}, owner: {owner}, description: {Quote(Text(random))}");
                if (type == "enum")
                {
                    var valueNames = new HashSet<string>();
                    traits.Append(", values: [").Append(string.Join(", ", Enumerable.Range(0, random.Next(1, 5)).Select(v => Quote(Unique(Pick(random), valueNames, v))))).Append(']');
                }

                traits.Append(random.Next(4) == 0 ? ", pii: true" : string.Empty)
                    .Append(random.Next(4) == 0 ? ", required: true" : string.Empty)
                    .Append(random.Next(4) == 0 ? ", immutable: true" : string.Empty)
                    .Append(deprecated ? ", deprecated: " + Quote(Text(random)) : string.Empty);
                yaml.Append($"      {Quote(field)}: {{ {traits} }}\n");
                fields.Add(($"{entity}.{field}", owner, deprecated));
            }
        }

        var holders = fields.ToDictionary(f => f.Key, f => new List<string> { f.Owner });
        var flows = new StringBuilder();
        var flowNames = new HashSet<string>();
        foreach (string from in systems)
        {
            foreach (string to in systems.Where(s => s != from && random.Next(3) == 0))
            {
                var carried = fields
                    .Where(f => !f.Deprecated && f.Owner != to && holders[f.Key].Contains(from) && !holders[f.Key].Contains(to) && random.Next(2) == 0)
                    .Select(f => f.Key)
                    .ToList();
                string id = $"{from}-to-{to}";
                if (carried.Count == 0 || !flowNames.Add(CSharpName.From(id)))
                {
                    continue;
                }

                carried.ForEach(k => holders[k].Add(to));
                string conflict = random.Next(2) == 0 ? "ownerWins" : "ownerUnlessBlank";
                flows.Append($"  - id: {id}\n    from: {from}\n    to: {to}\n    conflict: {conflict}\n    frequency: {Quote(Text(random))}\n")
                    .Append($"    errorOwner: {Quote(Text(random))}\n    impact: {Quote(Text(random))}\n    description: {Quote(Text(random))}\n")
                    .Append($"    fields: [{string.Join(", ", carried.Select(Quote))}]\n");
            }
        }

        if (flows.Length > 0)
        {
            yaml.Append("flows:\n").Append(flows);
        }

        return yaml.ToString();
    }

    private static string Pick(Random random) => Names[random.Next(Names.Length)];

    private static string Text(Random random)
        => string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Hostile[random.Next(Hostile.Length)] + " ")) + "end";

    /// <summary>The name, or with its index appended when the model would see a clash (names must become distinct C# identifiers).</summary>
    private static string Unique(string name, HashSet<string> taken, int index)
    {
        if (taken.Add(CSharpName.From(name)))
        {
            return name;
        }

        string indexed = name + index.ToString(CultureInfo.InvariantCulture);
        for (int n = 0; !taken.Add(CSharpName.From(indexed)); n++)
        {
            indexed = name + index + "x" + n;
        }

        return indexed;
    }

    /// <summary>A YAML double-quoted scalar: quote, backslash and every non-printable character escaped.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
