using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Cli.Tests;

/// <summary>The outputs that README and docs show are the real outputs, and the CI recipe's commands run.</summary>
public sealed class DocsTests : IDisposable
{
    private static readonly string[] Pages = ["README.md", "docs/catalog.md", "docs/model-changes.md", "docs/cli.md"];

    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> PagesWithApprovedBlocks() => new(Pages);

    [Theory]
    [MemberData(nameof(PagesWithApprovedBlocks))]
    public void Every_block_marked_approved_is_part_of_its_approved_output(string page)
    {
        string text = File.ReadAllText(Path.Combine(RepoFiles.Root, page)).Replace("\r\n", "\n");
        MatchCollection blocks = Regex.Matches(text, @"^( *)<!-- approved: (\S+) -->\n\1```[a-z]*\n(.*?)\n\1```", RegexOptions.Multiline | RegexOptions.Singleline);
        if (page != "docs/cli.md")
        {
            Assert.NotEmpty(blocks);
        }

        foreach (Match block in blocks)
        {
            string indent = block.Groups[1].Value;
            string content = string.Join("\n", block.Groups[3].Value.Split('\n').Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l));
            string approved = File.ReadAllText(Path.Combine(Approved.Folder, block.Groups[2].Value));
            Assert.True(approved.Contains(content, StringComparison.Ordinal), $"{page}: this block is not in {block.Groups[2].Value}:\n{content}");
        }
    }

    [Fact]
    public void The_github_output_shown_for_the_composite_change_is_the_real_one()
    {
        _folder.Write(Path.Combine("models", "revops.sor.yaml"), RevOpsVariants.Composite);
        _folder.Write(Path.Combine("base", "revops.sor.yaml"), RevOpsVariants.Original);
        Sor.Outcome run = Sor.Run(_folder.Path, "diff", "--format", "github", "base/revops.sor.yaml", "models/revops.sor.yaml");

        string page = File.ReadAllText(Path.Combine(RepoFiles.Root, "docs", "model-changes.md")).Replace("\r\n", "\n");
        string block = Regex.Match(page, "The same change with `--format github`:\n```text\n(.*?)\n```", RegexOptions.Singleline).Groups[1].Value;
        string[] shown = block.Split('\n').Where(l => l != "…").ToArray();
        Assert.Equal(2, shown.Length);
        Assert.All(shown, line => Assert.Contains(line, run.OutputLines));
    }

    [Fact]
    public void Every_sor_command_of_the_CI_recipe_runs_in_a_repository_with_a_base_branch()
    {
        string readme = File.ReadAllText(Path.Combine(RepoFiles.Root, "README.md")).Replace("\r\n", "\n");
        string recipe = Regex.Match(readme, "### Governance in CI\n.*?```yaml\n(.*?)\n```", RegexOptions.Singleline).Groups[1].Value;
        var commands = Regex.Matches(recipe, @"dotnet sor ([^&|\n]+?)(?=\s*(?:&&|\|\||$))", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value.Replace("${{ github.base_ref }}", "main").Trim())
            .ToList();
        Assert.True(commands.Count >= 4, string.Join("\n", commands));

        Git("init", "--quiet", "--initial-branch=main");
        _folder.Write(Path.Combine("models", "revops.sor.yaml"), RevOpsVariants.Original);
        Directory.CreateDirectory(Path.Combine(_folder.Path, "docs"));
        Git("add", ".");
        Git("commit", "--quiet", "-m", "base");
        Git("update-ref", "refs/remotes/origin/main", "HEAD");
        Git("checkout", "--quiet", "-b", "feature");
        _folder.Write(Path.Combine("models", "revops.sor.yaml"), RevOpsVariants.Edit(("description: A customer company.", "description: A customer.")));

        foreach (string command in commands)
        {
            Sor.Outcome run = Sor.Run(_folder.Path, command.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(run.ExitCode == 0, $"sor {command} exited {run.ExitCode}: {run.Error}");
        }

        Assert.True(File.Exists(Path.Combine(_folder.Path, "model-review.md")));
        Assert.True(File.Exists(Path.Combine(_folder.Path, "docs", "ownership-catalog.md")));
    }

    private void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _folder.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string arg in new[] { "-c", "user.email=tests@example.com", "-c", "user.name=tests", "-c", "commit.gpgsign=false" }.Concat(args))
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
