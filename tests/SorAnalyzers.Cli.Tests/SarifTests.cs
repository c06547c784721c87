using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace SorAnalyzers.Cli.Tests;

public sealed class SarifTests : System.IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_log_on_standard_output_is_SARIF_2_1_0_with_the_rule_and_region()
    {
        _folder.Write(Path.Combine("models", "broken.sor.yaml"), Models.UnknownOwner);

        Sor.Outcome run = Sor.Run(_folder.Path, "check", "--format", "sarif", Path.Combine("models", "broken.sor.yaml"));

        Assert.Equal(1, run.ExitCode);
        // Standard output is the log alone; the summary goes to standard error.
        using JsonDocument log = JsonDocument.Parse(run.Output);
        Assert.Equal("Checked 1 model: 1 error, 0 warnings.", run.Error.Trim());
        AssertUnknownOwnerResult(log.RootElement, "models/broken.sor.yaml");
    }

    [Fact]
    public void With_output_the_log_goes_to_the_file_and_the_lines_still_to_standard_output()
    {
        _folder.Write("broken.sor.yaml", Models.UnknownOwner);

        Sor.Outcome run = Sor.Run(_folder.Path, "check", "--format", "sarif", "--output", "sor.sarif", "broken.sor.yaml");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["broken.sor.yaml" + Models.UnknownOwnerLine, "Checked 1 model: 1 error, 0 warnings."], run.OutputLines);
        using JsonDocument log = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.Path, "sor.sarif")));
        AssertUnknownOwnerResult(log.RootElement, "broken.sor.yaml");
    }

    [Fact]
    public void A_clean_model_gives_a_log_with_no_results()
    {
        Sor.Outcome run = Sor.Run(_folder.Path, "check", "--format", "sarif", Sor.RevOpsModel);

        Assert.Equal(0, run.ExitCode);
        using JsonDocument log = JsonDocument.Parse(run.Output);
        Assert.Equal(0, log.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Warnings_as_errors_raise_the_level_of_the_result()
    {
        _folder.Write("model.sor.yaml", Models.UnknownKey);

        Sor.Outcome run = Sor.Run(_folder.Path, "check", "--format", "sarif", "--warnings-as-errors", "model.sor.yaml");

        Assert.Equal(1, run.ExitCode);
        using JsonDocument log = JsonDocument.Parse(run.Output);
        JsonElement result = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("SOR0005", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
    }

    private static void AssertUnknownOwnerResult(JsonElement log, string uri)
    {
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        JsonElement run = Assert.Single(log.GetProperty("runs").EnumerateArray());
        JsonElement result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("SOR0012", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.StartsWith("Field Account.Arr is owned by 'billing'", result.GetProperty("message").GetProperty("text").GetString());

        JsonElement location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(uri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(7, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(36, location.GetProperty("region").GetProperty("startColumn").GetInt32());

        // The result's ruleIndex points at its rule, which carries the title and the help page.
        JsonElement rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[result.GetProperty("ruleIndex").GetInt32()];
        Assert.Equal("SOR0012", rule.GetProperty("id").GetString());
        Assert.Equal("The owner is not a declared system", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.EndsWith("/docs/rules/SOR0012.md", rule.GetProperty("helpUri").GetString());
        Assert.True(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Distinct().Count() > 30);
    }
}
