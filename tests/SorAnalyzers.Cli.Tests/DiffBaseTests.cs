using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace SorAnalyzers.Cli.Tests;

/// <summary>`sor diff --base REV` in a real git repository, run as a real process (as in a pull-request job).</summary>
public sealed class DiffBaseTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public DiffBaseTests()
    {
        Git("init", "--quiet", "--initial-branch=main");
        _folder.Write(Path.Combine("models", "revops.sor.yaml"), RevOpsVariants.Original);
        _folder.Write(Path.Combine("models", "legacy.sor.yaml"), Models.Clean);
        Git("add", ".");
        Git("commit", "--quiet", "-m", "base");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Against_the_base_commit_every_model_is_compared_and_annotated_at_its_line()
    {
        _folder.Write(Path.Combine("models", "revops.sor.yaml"), RevOpsVariants.Edit(("LeadScore:    { type: int,", "LeadScore:    { type: long,")));
        File.Delete(Path.Combine(_folder.Path, "models", "legacy.sor.yaml"));
        _folder.Write(Path.Combine("teams", "new.sor.yaml"), Models.Clean);

        Sor.Outcome run = SorProcess.Run(_folder.Path, "diff", "--base", "main", "--format", "github");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=models/revops.sor.yaml,line=47,col=7,endLine=47,endColumn=16,title=Breaking model change (field-type-changed)::The type of Contact.LeadScore changed: int → long%0AGenerated API: SorFields.Contact.LeadScore (int → long);", run.Output);
        Assert.Contains("::error file=models/legacy.sor.yaml,title=Breaking model change (model-removed)::The model was removed (it is in main)", run.Output);
        Assert.Contains("::notice file=teams/new.sor.yaml,title=Model change (model-added)::New model (not in main)", run.Output);
        Assert.Contains("models/revops.sor.yaml: 1 breaking, 0 warning, 0 info; fails (breaking changes need a new major version).", run.Output);
    }

    [Fact]
    public void Named_models_from_a_subfolder_are_read_at_the_base_by_their_path()
    {
        _folder.Write(Path.Combine("models", "revops.sor.yaml"), RevOpsVariants.Edit(("description: A customer company.", "description: A customer.")));

        Sor.Outcome run = Sor.Run(Path.Combine(_folder.Path, "models"), "diff", "--base", "HEAD", "revops.sor.yaml");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("- The description of entity Account changed (line 33)", run.Output);
        Assert.DoesNotContain("legacy", run.Output);
    }

    [Fact]
    public void An_unknown_revision_is_a_usage_error()
    {
        Sor.Outcome run = Sor.Run(_folder.Path, "diff", "--base", "origin/nowhere");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'origin/nowhere' is not a commit in this repository", run.Error);
    }

    private void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _folder.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string arg in new[] { "-c", "user.email=tests@example.com", "-c", "user.name=tests", "-c", "commit.gpgsign=false" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process git = Process.Start(start)!;
        string error = git.StandardError.ReadToEnd();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error}");
    }
}
