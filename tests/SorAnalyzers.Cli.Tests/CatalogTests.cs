using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Cli.Tests;

public sealed class CatalogTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_markdown_catalog_of_the_revops_model_is_the_approved_one()
    {
        Sor.Outcome run = Sor.Run(RepoFiles.Root, "catalog", Path.Combine("models", "revops.sor.yaml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Approved.Verify("revops.catalog.md", run.Output);
    }

    [Fact]
    public void The_json_catalog_of_the_revops_model_is_the_approved_one()
    {
        Sor.Outcome run = Sor.Run(RepoFiles.Root, "catalog", "--format", "json", Path.Combine("models", "revops.sor.yaml"));

        Assert.Equal(0, run.ExitCode);
        Approved.Verify("revops.catalog.json", run.Output);
    }

    [Fact]
    public void The_sor_process_writes_the_approved_catalog_of_both_reference_models_to_a_file()
    {
        // A real process, as CI runs it: the exit code and the file, not an in-process call.
        string output = Path.Combine(_folder.Path, "catalog.md");
        Sor.Outcome run = SorProcess.Run(RepoFiles.Root, "catalog", "--output", output,
            Path.Combine("models", "revops.sor.yaml"), Path.Combine("models", "people-finance.sor.yaml"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Output);
        Approved.Verify("reference-models.catalog.md", File.ReadAllText(output));
    }

    [Fact]
    public void The_json_shape_is_the_documented_one()
    {
        Sor.Outcome run = Sor.Run(RepoFiles.Root, "catalog", "--format", "json", Path.Combine("models", "revops.sor.yaml"));

        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement root = json.RootElement;
        Assert.Equal(["catalogFormat", "models"], Keys(root));
        Assert.Equal(1, root.GetProperty("catalogFormat").GetInt32());
        JsonElement model = Assert.Single(root.GetProperty("models").EnumerateArray());
        Assert.Equal(["path", "name", "version", "namespace", "systems", "entities", "flows"], Keys(model));
        Assert.Equal("models/revops.sor.yaml", model.GetProperty("path").GetString());

        JsonElement bi = model.GetProperty("systems").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "bi");
        Assert.Equal(["id", "title", "businessOwner", "technicalOwner", "description", "readOnly", "owns", "holdsCopiesOf"], Keys(bi));
        Assert.True(bi.GetProperty("readOnly").GetBoolean());
        Assert.Equal(JsonValueKind.Null, bi.GetProperty("description").ValueKind);
        Assert.Equal(0, bi.GetProperty("owns").GetArrayLength());

        JsonElement arr = model.GetProperty("entities")[0].GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "Account.Arr");
        Assert.Equal(["key", "name", "type", "values", "owner", "description", "pii", "required", "immutable", "deprecated", "heldBy"], Keys(arr));
        Assert.Equal(
            ["billing:", "crm:billing-to-crm", "cs:crm-to-cs", "bi:crm-to-bi"],
            arr.GetProperty("heldBy").EnumerateArray().Select(h => h.GetProperty("system").GetString() + ":" + h.GetProperty("via").GetString()));

        JsonElement toBi = model.GetProperty("flows").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "crm-to-bi");
        Assert.Equal(["id", "from", "to", "fields", "carries", "frequency", "conflict", "errorOwner", "impact", "description"], Keys(toBi));
        Assert.Equal(["Account.*", "Opportunity.*", "Subscription.*"], toBi.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(12, toBi.GetProperty("carries").GetArrayLength());
    }

    [Fact]
    public void The_catalog_is_the_same_on_every_run_and_on_stdout_and_in_a_file()
    {
        _folder.Write("hostile.sor.yaml", HostileModels.Text);

        Sor.Outcome first = Sor.Run(_folder.Path, "catalog", "hostile.sor.yaml");
        Sor.Outcome second = Sor.Run(_folder.Path, "catalog", "hostile.sor.yaml");
        Sor.Outcome toFile = Sor.Run(_folder.Path, "catalog", "hostile.sor.yaml", "-o", "catalog.md");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.Equal(0, toFile.ExitCode);
        Assert.Equal(first.Output, File.ReadAllText(Path.Combine(_folder.Path, "catalog.md")));
        Assert.DoesNotContain("\r", first.Output);
    }

    [Fact]
    public void Hostile_text_never_breaks_a_table_row()
    {
        _folder.Write("hostile.sor.yaml", HostileModels.Text);

        string[] lines = Sor.Run(_folder.Path, "catalog", "hostile.sor.yaml").Output.Split('\n');

        // Each table row has as many cells as its header: no '|' from the model escaped the cell, no newline split a row.
        int expected = 0;
        foreach (string line in lines)
        {
            if (!line.StartsWith('|'))
            {
                expected = 0;
                continue;
            }

            int cells = CellCount(line);
            if (expected == 0)
            {
                expected = cells;
            }

            Assert.True(cells == expected, $"{cells} cells instead of {expected}: {line}");
        }

        Assert.Contains(lines, l => l.StartsWith("| `end` | He said \"hi\" \\| \\<script\\>alert(1)\\</script\\> \\& #35; \\`x\\` \\[link\\](http://x) | A\\|B | line one line two |"));
        Assert.Contains("# Ops \\| \\<b\\>bold\\</b\\> \\*stars\\* \\`tick\\` #1", lines);
    }

    [Fact]
    public void A_model_with_errors_is_not_catalogued()
    {
        _folder.Write("broken.sor.yaml", Models.UnknownOwner);

        Sor.Outcome run = Sor.Run(_folder.Path, "catalog", "broken.sor.yaml");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("broken.sor.yaml" + Models.UnknownOwnerLine, run.Error);
        Assert.Contains("sor: 'broken.sor.yaml' has errors", run.Error);
    }

    [Fact]
    public void Without_models_named_every_model_below_the_folder_is_catalogued_in_path_order()
    {
        _folder.Write(Path.Combine("b", "second.sor.yaml"), Models.Clean.Replace("crm: {", "erp: {").Replace("owner: crm", "owner: erp"));
        _folder.Write(Path.Combine("a", "first.sor.yaml"), Models.Clean);

        Sor.Outcome run = Sor.Run(_folder.Path, "catalog");

        Assert.Equal(0, run.ExitCode);
        string[] headings = run.OutputLines.Where(l => l.StartsWith("# ")).ToArray();
        Assert.Equal(["# a/first.sor.yaml", "# b/second.sor.yaml"], headings);
    }

    private static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    private static int CellCount(string row)
    {
        int count = 0;
        for (int i = 1; i < row.Length; i++)
        {
            if (row[i] == '|' && row[i - 1] != '\\')
            {
                count++;
            }
        }

        return count;
    }
}
