using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Docs.Tests;

/// <summary>
/// README's "Using the package before it is published", executed as written: its one command, run in a
/// copy of the repository's files, packs the package and registers the local source; then the Quick
/// start's <c>dotnet add package SorAnalyzers</c>, run as written in a new console project, adds it, and
/// the project builds and runs against the Quick start's model.
/// Everything happens in a scratch folder that is the user's home for the commands (so <c>~</c>, the
/// user's NuGet.Config and the NuGet cache are all new): the machine's NuGet configuration is never touched.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class LocalSourceRecipeTests : IDisposable
{
    private readonly string scratch = Path.Combine(Path.GetTempPath(), "sor-docs-recipe", Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void The_one_command_makes_dotnet_add_package_work_as_the_quick_start_writes_it()
    {
        string readme = Repository.Read("README.md");
        string recipe = Markdown.Blocks(Markdown.Section(readme, "Using the package before it is published"))
            .First(b => b.Language == "bash").Text.Trim();
        Assert.DoesNotContain('\n', recipe); // one command
        QuickStart quickStart = QuickStart.FromReadme();
        string addPackage = Regex.Match(quickStart.Section, "`(dotnet add package SorAnalyzers)`").Groups[1].Value;
        Assert.Equal("dotnet add package SorAnalyzers", addPackage);

        string home = Path.Combine(scratch, "home");
        string clone = Path.Combine(scratch, "clone");
        string app = Path.Combine(scratch, "app");
        Directory.CreateDirectory(home);
        CopyRepository(clone);
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["DOTNET_CLI_HOME"] = home,
            ["NUGET_PACKAGES"] = Path.Combine(scratch, "nuget-packages"),
        };

        // Restores and builds every shipped project of the copy from nothing: minutes on a busy machine.
        CommandResult packed = DotnetCommand.RunShell(clone, environment, recipe, TimeSpan.FromMinutes(15));
        Assert.True(packed.ExitCode == 0, packed.ToString());
        Assert.Single(Directory.GetFiles(Path.Combine(home, ".sor-feed"), "SorAnalyzers.*.nupkg"));

        CommandResult created = DotnetCommand.Run(scratch, environment, "new", "console", "-o", app);
        Assert.True(created.ExitCode == 0, created.ToString());
        CommandResult added = DotnetCommand.RunShell(app, environment, addPackage);
        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.Matches("<PackageReference Include=\"SorAnalyzers\" Version=\"[^\"]+\" />", File.ReadAllText(Path.Combine(app, "app.csproj")));

        File.WriteAllText(Path.Combine(app, quickStart.ModelFileName), quickStart.Model);
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(Contoso.RevOps.SorFields.Account.Arr.Owner);\n");
        CommandResult run = DotnetCommand.Run(app, environment, "run", "-tl:off", "-nodeReuse:false");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("billing", BuildOutput.Lines(run).Last());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(scratch, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // What a clone has: the tracked files as they are in the work tree (so uncommitted edits are tested too).
    private static void CopyRepository(string destination)
    {
        foreach (string file in Repository.TrackedFiles())
        {
            string source = Repository.PathOf(file);
            if (!File.Exists(source))
            {
                continue; // deleted in the work tree, not yet committed
            }

            string target = Path.Combine(destination, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }
}
