using System.IO;
using System.Linq;
using System.Reflection;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Cli.Tests;

/// <summary>Runs `sor` in-process in a given folder and captures what it prints.</summary>
public static class Sor
{
    /// <summary>The reference model, models/revops.sor.yaml.</summary>
    public static string RevOpsModel { get; } = RepoFiles.Model("revops.sor.yaml");

    public static Outcome Run(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = Program.Run(args, output, error, workingDirectory);
        return new Outcome(exitCode, output.ToString(), error.ToString());
    }

    public sealed record Outcome(int ExitCode, string Output, string Error)
    {
        public string[] OutputLines => Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
    }
}
