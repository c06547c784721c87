using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SorAnalyzers.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SorAnalyzers.Package.Tests;

/// <summary>
/// The GitHub workflows under .github/workflows, checked by a real validator: action-validator (npm
/// @action-validator/cli), which holds each file to GitHub's workflow schema. It is installed with npm
/// into a folder of the temp area on first use and reused after.
/// </summary>
public sealed class WorkflowTests
{
    private const string ValidatorVersion = "0.6.0";

    private readonly ITestOutputHelper output;
    private readonly string repoRoot = RepoFiles.Root;

    public WorkflowTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Every_workflow_file_validates()
    {
        string[] workflows = Directory.GetFiles(Path.Combine(repoRoot, ".github", "workflows"))
            .Where(path => path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(workflows);
        foreach (string workflow in workflows)
        {
            (int exitCode, string printed) = Validate(workflow);
            output.WriteLine($"{Path.GetFileName(workflow)}: exit {exitCode}\n{printed}");
            Assert.True(exitCode == 0, $"{workflow} does not validate:\n{printed}");
        }
    }

    [Fact]
    public void The_validator_rejects_a_broken_workflow()
    {
        // So that the test above can fail: the CI workflow with a misspelt key is refused.
        string workflow = File.ReadAllText(Path.Combine(repoRoot, ".github", "workflows", "ci.yml"));
        Assert.Contains("    runs-on:", workflow, StringComparison.Ordinal);
        string broken = Path.Combine(Path.GetTempPath(), $"sor-broken-workflow-{Guid.NewGuid():N}.yml");
        File.WriteAllText(broken, workflow.Replace("    runs-on:", "    run-on:", StringComparison.Ordinal));
        try
        {
            (int exitCode, string printed) = Validate(broken);
            output.WriteLine(printed);
            Assert.NotEqual(0, exitCode);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static (int ExitCode, string Output) Validate(string workflow)
    {
        string validator = Path.Combine(Install(), "node_modules", "@action-validator", "cli", "cli.mjs");
        Assert.True(File.Exists(validator), $"npm installed no {validator}");
        return Run("node", Path.GetDirectoryName(workflow)!, validator, workflow);
    }

    private static readonly object InstallLock = new();

    private static string Install()
    {
        string folder = Path.Combine(Path.GetTempPath(), "sor-tools", "action-validator-" + ValidatorVersion);
        lock (InstallLock)
        {
            if (!File.Exists(Path.Combine(folder, "node_modules", "@action-validator", "cli", "package.json")))
            {
                Directory.CreateDirectory(folder);
                (int exitCode, string printed) = Run(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", folder,
                    "install", "--no-audit", "--no-fund", "--prefix", folder,
                    $"@action-validator/cli@{ValidatorVersion}", $"@action-validator/core@{ValidatorVersion}");
                Assert.True(exitCode == 0, $"npm could not install @action-validator/cli {ValidatorVersion} (npm and Node.js are needed):\n{printed}");
            }
        }

        return folder;
    }

    private static (int ExitCode, string Output) Run(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
        string printed = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in 3 minutes:\n{printed}");
        }

        return (process.ExitCode, printed + error.Result);
    }
}
