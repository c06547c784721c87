using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Reading;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Model.Tests;

/// <summary>
/// The reader runs inside the compiler on whatever is in the editor: it must never throw.
/// And every model that is valid by construction must read without a diagnostic.
/// </summary>
public class ModelFuzzTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("SOR_FUZZ_ITERATIONS"), out long n) ? n : 300;

    [Fact]
    public void Every_prefix_of_the_reference_model_reads_without_throwing()
    {
        string text = File.ReadAllText(RepoFiles.Model("revops.sor.yaml"));
        for (int length = 0; length <= text.Length; length++)
        {
            ModelReadResult result = ModelReader.Read(text.Substring(0, length));
            Assert.All(result.Diagnostics, d => Assert.InRange(d.Span.End, 0, length));
        }
    }

    [Fact]
    public void Random_edits_of_the_reference_model_read_without_throwing()
    {
        string text = File.ReadAllText(RepoFiles.Model("revops.sor.yaml"));
        Gen.Select(Gen.Int[0, text.Length - 1], Gen.Int[0, 20], Gen.String[Gen.Char["{}[]:,-&*!|>'\"#\t\n ab1."], 0, 8])
            .Sample((at, remove, insert) =>
            {
                string edited = text.Substring(0, at) + insert + text.Substring(Math.Min(text.Length, at + remove));
                _ = ModelReader.Read(edited);
            }, iter: Iterations * 3);
    }

    [Fact]
    public void Random_valid_models_read_without_a_diagnostic_and_resolve_consistently()
    {
        RandomModel.Gen.Sample(model =>
        {
            ModelReadResult result = ModelReader.Read(model);

            Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics) + "\n---\n" + model);
            OwnershipModel resolved = result.Model!;
            foreach (FlowDefinition flow in resolved.Flows)
            {
                foreach (string key in flow.Carried)
                {
                    Assert.True(resolved.Holds(flow.From, key), $"{flow.Id} carries {key} that {flow.From} does not hold");
                    Assert.True(resolved.Holds(flow.To, key));
                }
            }
        }, iter: Iterations);
    }
}

/// <summary>
/// Generates models that are valid by construction: Unicode and keyword names, many fields,
/// flows only along a chain of holders (owner first, then relays), never into an owner.
/// </summary>
internal static class RandomModel
{
    private static readonly string[] NameParts = { "class", "string", "event", "namespace", "Account", "état", "Größe", "kund", "lead", "source", "x", "value", "int", "record" };

    private static readonly string[] Types = { "string", "int", "long", "decimal", "double", "bool", "date", "datetime", "guid", "enum" };

    public static Gen<string> Gen { get; } =
        from systemCount in CsCheck.Gen.Int[2, 6]
        from entityCount in CsCheck.Gen.Int[1, 6]
        from fieldCounts in CsCheck.Gen.Int[1, 40].Array[entityCount]
        from seed in CsCheck.Gen.Int
        select Build(systemCount, fieldCounts, new Random(seed));

    private static string Build(int systemCount, int[] fieldCounts, Random random)
    {
        var yaml = new StringBuilder("sor: 1\nnamespace: Fuzz.Model\nsystems:\n");
        var systems = Enumerable.Range(0, systemCount).Select(i => $"sys-{i}").ToList();
        foreach (string system in systems)
        {
            yaml.Append($"  {system}: {{ title: \"System {system} – ünïcode\" }}\n");
        }

        yaml.Append("entities:\n");
        var fields = new List<(string Key, string Owner)>();
        for (int e = 0; e < fieldCounts.Length; e++)
        {
            string entity = Name(random) + e;
            yaml.Append($"  {entity}:\n    description: \"An entity with */ and </summary> in it\"\n    fields:\n");
            for (int f = 0; f < fieldCounts[e]; f++)
            {
                string field = Name(random) + "_" + f;
                string type = Types[random.Next(Types.Length)];
                string owner = systems[random.Next(systems.Count)];
                string values = type == "enum" ? ", values: [" + string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(v => Name(random) + v)) + "]" : string.Empty;
                yaml.Append($"      {field}: {{ type: {type}, owner: {owner}{values} }}\n");
                fields.Add(($"{entity}.{field}", owner));
            }
        }

        // Flows: for each ordered pair of systems, carry some fields the source holds and the target does not own.
        var holders = fields.ToDictionary(f => f.Key, f => new List<string> { f.Owner });
        var flows = new StringBuilder();
        foreach (string from in systems)
        {
            foreach (string to in systems.Where(s => s != from && random.Next(3) == 0))
            {
                var carried = fields.Where(f => f.Owner != to && holders[f.Key].Contains(from) && !holders[f.Key].Contains(to) && random.Next(2) == 0)
                    .Select(f => f.Key).ToList();
                if (carried.Count == 0)
                {
                    continue;
                }

                carried.ForEach(k => holders[k].Add(to));
                flows.Append($"  - id: {from}-to-{to}\n    from: {from}\n    to: {to}\n    fields: [{string.Join(", ", carried)}]\n");
            }
        }

        if (flows.Length > 0)
        {
            yaml.Append("flows:\n").Append(flows);
        }

        return yaml.ToString();
    }

    private static string Name(Random random) => NameParts[random.Next(NameParts.Length)];
}
