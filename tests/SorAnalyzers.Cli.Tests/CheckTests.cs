using System.IO;
using System.Linq;
using Xunit;

namespace SorAnalyzers.Cli.Tests;

public sealed class CheckTests : System.IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_reference_model_checks_clean()
    {
        Sor.Outcome run = Sor.Run(_folder.Path, "check", Sor.RevOpsModel);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Checked 1 model: 0 errors, 0 warnings."], run.OutputLines);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void An_error_is_printed_in_MSBuild_format_at_its_line_and_column_and_fails()
    {
        _folder.Write("broken.sor.yaml", Models.UnknownOwner);

        Sor.Outcome run = Sor.Run(_folder.Path, "check", "broken.sor.yaml");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["broken.sor.yaml" + Models.UnknownOwnerLine, "Checked 1 model: 1 error, 0 warnings."], run.OutputLines);
    }

    [Fact]
    public void Without_files_every_model_below_the_folder_is_checked_except_build_output()
    {
        _folder.Write("clean.sor.yaml", Models.Clean);
        _folder.Write(Path.Combine("teams", "finance", "broken.sor.yaml"), Models.UnknownOwner);
        // Copies in build output must not be reported twice (or at all).
        _folder.Write(Path.Combine("bin", "Debug", "broken.sor.yaml"), Models.UnknownOwner);
        _folder.Write(Path.Combine("teams", "obj", "broken.sor.yaml"), Models.UnknownOwner);

        Sor.Outcome run = Sor.Run(_folder.Path, "check");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [Path.Combine("teams", "finance", "broken.sor.yaml") + Models.UnknownOwnerLine, "Checked 2 models: 1 error, 0 warnings."],
            run.OutputLines);
    }

    [Fact]
    public void A_named_folder_stands_for_every_model_below_it_and_files_and_folders_mix()
    {
        _folder.Write(Path.Combine("teams", "sales", "clean.sor.yaml"), Models.Clean);
        _folder.Write(Path.Combine("teams", "finance", "broken.sor.yaml"), Models.UnknownOwner);
        _folder.Write(Path.Combine("teams", "finance", "bin", "broken.sor.yaml"), Models.UnknownOwner);
        _folder.Write("other.sor.yaml", Models.Clean);

        Sor.Outcome run = Sor.Run(_folder.Path, "check", "teams", "other.sor.yaml");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [Path.Combine("teams", "finance", "broken.sor.yaml") + Models.UnknownOwnerLine, "Checked 3 models: 1 error, 0 warnings."],
            run.OutputLines);
    }

    [Fact]
    public void A_named_folder_without_a_model_is_a_usage_error()
    {
        _folder.Write(Path.Combine("empty", "notes.txt"), "no model here");

        Sor.Outcome run = Sor.Run(_folder.Path, "check", "empty");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no *.sor.yaml file under 'empty'", run.Error);
    }

    [Fact]
    public void A_warning_passes_unless_warnings_are_errors()
    {
        _folder.Write("model.sor.yaml", Models.UnknownKey);

        Sor.Outcome lenient = Sor.Run(_folder.Path, "check", "model.sor.yaml");
        Sor.Outcome strict = Sor.Run(_folder.Path, "check", "--warnings-as-errors", "model.sor.yaml");

        Assert.Equal(0, lenient.ExitCode);
        Assert.StartsWith("model.sor.yaml(2,1): warning SOR0005: Unknown key 'colour'", lenient.OutputLines[0]);
        Assert.Equal("Checked 1 model: 0 errors, 1 warning.", lenient.OutputLines[^1]);
        Assert.Equal(1, strict.ExitCode);
        Assert.StartsWith("model.sor.yaml(2,1): error SOR0005: Unknown key 'colour'", strict.OutputLines[0]);
        Assert.Equal("Checked 1 model: 1 error, 0 warnings.", strict.OutputLines[^1]);
    }

    [Fact]
    public void An_unreadable_file_is_a_usage_error_even_when_the_others_are_clean()
    {
        _folder.Write("clean.sor.yaml", Models.Clean);

        Sor.Outcome run = Sor.Run(_folder.Path, "check", "clean.sor.yaml", "missing.sor.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("sor: cannot read 'missing.sor.yaml'", run.Error);
        Assert.Equal(["Checked 1 model: 0 errors, 0 warnings."], run.OutputLines);
    }

    [Theory]
    [InlineData("check", "--bogus")]
    [InlineData("check", "--format", "xml", "model.sor.yaml")]
    [InlineData("check", "--output", "out.sarif", "model.sor.yaml")]
    [InlineData("explain", "model.sor.yaml")]
    [InlineData("frobnicate")]
    public void Wrong_arguments_are_usage_errors(params string[] args)
    {
        _folder.Write("model.sor.yaml", Models.Clean);

        Sor.Outcome run = Sor.Run(_folder.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("sor: ", run.Error);
    }

    [Fact]
    public void The_github_format_prints_workflow_annotations_at_the_line_with_escaped_values()
    {
        _folder.Write(Path.Combine("teams", "broken.sor.yaml"), Models.UnknownOwner);
        _folder.Write("model.sor.yaml", Models.UnknownKey);

        Sor.Outcome run = Sor.Run(_folder.Path, "check", "--format", "github", "teams/broken.sor.yaml", "model.sor.yaml");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "::error file=teams/broken.sor.yaml,line=7,col=36,endLine=7,endColumn=43,title=SOR0012%3A The owner is not a declared system::Field Account.Arr is owned by 'billing', which is not a declared system",
                "Checked 2 models: 1 error, 1 warning.",
            ],
            run.OutputLines.Where(l => !l.StartsWith("::warning")));
        Assert.StartsWith("::warning file=model.sor.yaml,line=2,col=1,", run.OutputLines.Single(l => l.StartsWith("::warning")));
    }

    [Fact]
    public void Annotation_values_escape_what_the_runner_would_read_as_syntax()
    {
        string line = GitHubAnnotation.Write(SorAnalyzers.Model.Diagnostics.ModelSeverity.Error, "a,b:c.sor.yaml", null, "T: x, y", "100% sure\nnext\r\nline");

        Assert.Equal("::error file=a%2Cb%3Ac.sor.yaml,title=T%3A x%2C y::100%25 sure%0Anext%0D%0Aline", line);
    }

    [Fact]
    public void A_folder_without_models_is_a_usage_error()
    {
        Sor.Outcome run = Sor.Run(_folder.Path, "check");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no *.sor.yaml file", run.Error);
    }
}
