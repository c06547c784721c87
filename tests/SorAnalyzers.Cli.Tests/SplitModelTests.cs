using System.IO;
using System.Linq;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Cli.Tests;

/// <summary>`--one-model`: the named files (or the models below a folder) are the parts of one model, as in a project.</summary>
public sealed class SplitModelTests : System.IDisposable
{
    private readonly ScratchFolder _folder = new();

    public SplitModelTests()
    {
        foreach ((string name, string text) in SplitModels.Split(File.ReadAllText(Sor.RevOpsModel)))
        {
            _folder.Write(Path.Combine("model", name), text);
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_folder_read_as_one_model_checks_clean()
    {
        Sor.Outcome run = Sor.Run(_folder.Path, "check", "model", "--one-model");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Checked 1 model in 3 files: 0 errors, 0 warnings."], run.OutputLines);
    }

    [Fact]
    public void Each_error_of_a_split_model_is_printed_at_its_own_file()
    {
        string flows = Path.Combine("model", "3-flows.sor.yaml");
        _folder.Write(flows, File.ReadAllText(Path.Combine(_folder.Path, flows)).Replace("from: billing", "from: biling"));
        _folder.Write(Path.Combine("model", "4-again.sor.yaml"), "sor: 1\nsystems:\n  crm: { title: Dynamics }\n");

        Sor.Outcome run = Sor.Run(_folder.Path, "check", "model", "--one-model");

        Assert.Equal(1, run.ExitCode);
        string[] lines = run.OutputLines.ToArray();
        Assert.Contains(lines, l => l.StartsWith(Path.Combine("model", "3-flows.sor.yaml") + "(", System.StringComparison.Ordinal) && l.Contains("error SOR0021"));
        Assert.Contains(lines, l => l.StartsWith(Path.Combine("model", "4-again.sor.yaml") + "(3,3): error SOR0007", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(Path.Combine("model", "1-systems.sor.yaml") + "(", System.StringComparison.Ordinal) && l.Contains("error SOR0007: 'crm' is declared twice in systems"));
        // The broken flow also leaves crm without Account.Arr for the flow after it (SOR0026), as in one file.
        Assert.Equal("Checked 1 model in 4 files: 5 errors, 1 warning.", lines[^1]);
    }

    [Fact]
    public void Without_the_option_each_file_is_a_model_of_its_own()
    {
        Sor.Outcome run = Sor.Run(_folder.Path, "check", "model");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Path.Combine("model", "1-systems.sor.yaml") + "(4,1): error SOR0008: The model is missing the required key 'entities'", run.OutputLines);
        Assert.StartsWith("Checked 3 models: ", run.OutputLines.Last(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("json")]
    public void The_catalog_of_the_parts_is_the_catalog_of_the_whole(string format)
    {
        _folder.Write("revops.sor.yaml", File.ReadAllText(Sor.RevOpsModel));
        Sor.Outcome split = Sor.Run(_folder.Path, "catalog", "model", "--one-model", "--format", format);
        Sor.Outcome whole = Sor.Run(_folder.Path, "catalog", "revops.sor.yaml", "--format", format);

        Assert.Equal(0, split.ExitCode);
        Assert.Equal(0, whole.ExitCode);
        Assert.NotEmpty(whole.Output);
        // The same catalog; only the model's name as given on the command line differs.
        Assert.Equal(whole.Output.Replace("revops.sor.yaml", "model"), split.Output);
    }

    [Fact]
    public void Explain_reads_the_parts_as_one_model()
    {
        Sor.Outcome split = Sor.Run(_folder.Path, "explain", "model", "--one-model", "Account.Arr");
        Sor.Outcome whole = Sor.Run(_folder.Path, "explain", Sor.RevOpsModel, "Account.Arr");

        Assert.Equal(0, split.ExitCode);
        Assert.Equal(whole.Output, split.Output);
    }
}
