using System.Collections.Generic;
using System.Linq;
using System.Text;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// Integration code of the size of a real RevOps repository, written from the model so that it is
/// all legal: per file either a sync job of one flow (writes through the flow's target views, through
/// <c>SorRecord.Set</c> with a descriptor and with a constant key) or a desk of one system writing the
/// fields it owns (assignments, object initializers, <c>Set</c>), wrapped in ordinary business code
/// (loops, LINQ, string work) so that the analyzers see the mix of operations a real project has.
/// Every field read and write written is counted (<see cref="Codebase"/>), so that a benchmark can say
/// how much model work its code holds.
/// </summary>
internal static class SyntheticIntegrationCode
{
    /// <summary>
    /// The entities a desk works on in the codebase issue 12 measured (300 files, about 12,000 field reads and
    /// writes): with the scaled model's 4 fields per system and entity, 4 entities make 96 reads and writes per
    /// desk, and the 200 sync jobs about 18 each: 13,200 in all.
    /// </summary>
    public const int IssueEntitiesPerDesk = 4;

    /// <summary>Files of the dense codebase: each desk writes every field its system owns.</summary>
    public static IEnumerable<(string Path, string Text)> Files(OwnershipModel model, int count) => Write(model, count, entitiesPerDesk: null).Files;

    /// <summary>
    /// <paramref name="count"/> files: two sync jobs for each desk. A desk works on the first
    /// <paramref name="entitiesPerDesk"/> entities its system owns fields in, from an entity that moves with the
    /// file's number; on all of them when null.
    /// </summary>
    public static Codebase Write(OwnershipModel model, int count, int? entitiesPerDesk)
    {
        string ns = model.Namespace!;
        List<FlowDefinition> flows = model.Flows.ToList();
        List<SystemDefinition> writers = model.Systems.Where(s => model.AllFields.Any(f => f.Owner == s.Id)).ToList();
        var files = new List<(string Path, string Text)>();
        var tally = new Tally();
        for (int i = 0; i < count; i++)
        {
            string text = i % 3 == 2
                ? SystemDesk(model, ns, writers[i % writers.Count], i, entitiesPerDesk, tally)
                : FlowJob(model, ns, flows[i % flows.Count], i, tally);
            files.Add(($"/project/Synthetic/File{i:000}.cs", text));
        }

        return new Codebase(files, tally.Reads, tally.Writes);
    }

    /// <summary>The field reads and writes written so far.</summary>
    private sealed class Tally
    {
        public int Reads { get; set; }

        public int Writes { get; set; }
    }

    private static string FlowJob(OwnershipModel model, string ns, FlowDefinition flow, int index, Tally tally)
    {
        string flowName = CSharpName.From(flow.Id);
        var fields = flow.Carried.Select(key => model.FindField(key)!).ToList();
        var code = Header(ns, index);
        code.AppendLine($"/// <summary>Job {index}: copies what {flow.Id} carries, record by record.</summary>");
        code.AppendLine($"[SorFlow(\"{flow.Id}\")]");
        code.AppendLine($"public sealed class {flowName}Job{index}");
        code.AppendLine("{");
        code.AppendLine("    private readonly Dictionary<string, int> _copiedByEntity = new(StringComparer.Ordinal);");
        code.AppendLine();
        code.AppendLine("    public int Run(IReadOnlyList<(SorRecord Source, SorRecord Target)> pairs)");
        code.AppendLine("    {");
        code.AppendLine("        int copied = 0;");
        code.AppendLine("        foreach ((SorRecord source, SorRecord target) in pairs)");
        code.AppendLine("        {");
        foreach (IGrouping<string, FieldDefinition> entity in fields.GroupBy(f => f.Entity))
        {
            string type = CSharpName.From(entity.Key);
            code.AppendLine($"            if (source.Entity == \"{entity.Key}\")");
            code.AppendLine("            {");
            code.AppendLine($"                var from = new {ns}.{CSharpName.From(flow.From)}.{type}(source);");
            code.AppendLine($"                var to = new {ns}.Flows.{flowName}.{type}(target);");
            foreach (FieldDefinition field in entity)
            {
                string property = CSharpName.From(field.Name);
                code.AppendLine($"                to.{property} = from.{property};");
                tally.Reads++;
                tally.Writes++;
            }

            code.AppendLine($"                Count(\"{entity.Key}\");");
            code.AppendLine("                copied++;");
            code.AppendLine("            }");
        }

        code.AppendLine("        }");
        code.AppendLine();
        code.AppendLine("        return copied;");
        code.AppendLine("    }");
        code.AppendLine();
        code.AppendLine("    public void CopyRecord(SorRecord source, SorRecord target)");
        code.AppendLine("    {");
        foreach (FieldDefinition field in fields)
        {
            string descriptor = $"SorFields.{CSharpName.From(field.Entity)}.{CSharpName.From(field.Name)}";
            code.AppendLine($"        if (source.TryGet({descriptor}, out var {Local(field)}))");
            code.AppendLine("        {");
            code.AppendLine($"            target.Set({descriptor}, {Local(field)});");
            code.AppendLine("        }");
            tally.Reads++;
            tally.Writes++;
        }

        FieldDefinition first = fields[0];
        code.AppendLine();
        code.AppendLine($"        target.Set(\"{first.Key}\", source.Get(\"{first.Key}\"));");
        tally.Reads++;
        tally.Writes++;
        code.AppendLine("    }");
        AppendBusinessCode(code, index);
        code.AppendLine();
        code.AppendLine("    private void Count(string entity) => _copiedByEntity[entity] = _copiedByEntity.TryGetValue(entity, out int n) ? n + 1 : 1;");
        code.AppendLine("}");
        return code.ToString();
    }

    private static string SystemDesk(OwnershipModel model, string ns, SystemDefinition system, int index, int? entitiesPerDesk, Tally tally)
    {
        string systemName = CSharpName.From(system.Id);
        var code = Header(ns, index);
        code.AppendLine($"/// <summary>Desk {index}: work done inside {system.Id} on the fields it owns.</summary>");
        code.AppendLine($"[SorSystem(\"{system.Id}\")]");
        code.AppendLine($"public sealed class {systemName}Desk{index}");
        code.AppendLine("{");
        var owned = model.AllFields.Where(f => f.Owner == system.Id).GroupBy(f => f.Entity).ToList();
        IEnumerable<IGrouping<string, FieldDefinition>> worked = entitiesPerDesk is int n && n < owned.Count
            ? Enumerable.Range(index % owned.Count, n).Select(e => owned[e % owned.Count])
            : owned;
        foreach (IGrouping<string, FieldDefinition> entity in worked)
        {
            string type = CSharpName.From(entity.Key);
            code.AppendLine($"    public void Update{type}(SorRecord record, SorRecord template)");
            code.AppendLine("    {");
            code.AppendLine($"        var draft = new {ns}.{systemName}.{type}(template);");
            code.AppendLine($"        var current = new {ns}.{systemName}.{type}(record)");
            code.AppendLine("        {");
            foreach (FieldDefinition field in entity)
            {
                string property = CSharpName.From(field.Name);
                code.AppendLine($"            {property} = draft.{property},");
                tally.Reads++;
                tally.Writes++;
            }

            code.AppendLine("        };");
            foreach (FieldDefinition field in entity)
            {
                string property = CSharpName.From(field.Name);
                string descriptor = $"SorFields.{type}.{property}";
                code.AppendLine($"        current.{property} = draft.{property};");
                code.AppendLine($"        if (template.TryGet({descriptor}, out var {Local(field)}))");
                code.AppendLine("        {");
                code.AppendLine($"            record.Set({descriptor}, {Local(field)});");
                code.AppendLine("        }");
                tally.Reads += 2;
                tally.Writes += 2;
            }

            code.AppendLine("    }");
            code.AppendLine();
        }

        AppendBusinessCode(code, index);
        code.AppendLine("}");
        return code.ToString();
    }

    private static StringBuilder Header(string ns, int index)
    {
        var code = new StringBuilder();
        code.AppendLine("using System;");
        code.AppendLine("using System.Collections.Generic;");
        code.AppendLine("using System.Linq;");
        code.AppendLine("using SorAnalyzers;");
        code.AppendLine();
        code.AppendLine($"namespace {ns}.Integrations.Synthetic.Batch{index / 20};");
        code.AppendLine();
        return code;
    }

    /// <summary>Code that touches no model field: most of a real integration is this.</summary>
    private static void AppendBusinessCode(StringBuilder code, int index)
    {
        code.AppendLine();
        code.AppendLine("    public static IReadOnlyList<string> Normalize(IEnumerable<string> ids)");
        code.AppendLine("        => ids.Where(id => !string.IsNullOrWhiteSpace(id))");
        code.AppendLine("            .Select(id => id.Trim().ToUpperInvariant())");
        code.AppendLine("            .Distinct(StringComparer.Ordinal)");
        code.AppendLine("            .OrderBy(id => id, StringComparer.Ordinal)");
        code.AppendLine("            .ToList();");
        code.AppendLine();
        code.AppendLine("    public static decimal Total(IReadOnlyList<decimal> amounts, decimal discount)");
        code.AppendLine("    {");
        code.AppendLine("        decimal total = 0;");
        code.AppendLine("        for (int i = 0; i < amounts.Count; i++)");
        code.AppendLine("        {");
        code.AppendLine("            total += amounts[i] > 0 ? amounts[i] * (1 - discount) : 0;");
        code.AppendLine("        }");
        code.AppendLine();
        code.AppendLine($"        return Math.Round(total + {index}m / 1000m, 2);");
        code.AppendLine("    }");
        code.AppendLine();
        code.AppendLine("    public static string Describe(string system, int count, DateTimeOffset at)");
        code.AppendLine("    {");
        code.AppendLine("        var parts = new List<string> { system, count.ToString(System.Globalization.CultureInfo.InvariantCulture), at.ToString(\"O\", System.Globalization.CultureInfo.InvariantCulture) };");
        code.AppendLine("        return count switch");
        code.AppendLine("        {");
        code.AppendLine("            0 => $\"{system}: nothing to do\",");
        code.AppendLine("            1 => $\"{system}: one record ({string.Join(\"/\", parts)})\",");
        code.AppendLine("            _ => $\"{system}: {count} records ({string.Join(\"/\", parts)})\",");
        code.AppendLine("        };");
        code.AppendLine("    }");
    }

    private static string Local(FieldDefinition field) => "v" + CSharpName.From(field.Entity) + CSharpName.From(field.Name);
}

/// <summary>Synthetic integration files and the model field reads and writes they hold.</summary>
internal sealed class Codebase
{
    public Codebase(IReadOnlyList<(string Path, string Text)> files, int fieldReads, int fieldWrites)
    {
        Files = files;
        FieldReads = fieldReads;
        FieldWrites = fieldWrites;
    }

    public IReadOnlyList<(string Path, string Text)> Files { get; }

    public int FieldReads { get; }

    public int FieldWrites { get; }

    /// <summary>"300 files, 1,234 KB of C#, 13,200 field reads and writes (6,600 writes)".</summary>
    public string Describe() => System.FormattableString.Invariant(
        $"{Files.Count} files, {Files.Sum(f => (long)f.Text.Length) / 1024:N0} KB of C#, {FieldReads + FieldWrites:N0} field reads and writes ({FieldWrites:N0} writes)");
}
