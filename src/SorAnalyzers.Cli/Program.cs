using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;

namespace SorAnalyzers.Cli;

/// <summary>The `sor` entry point. <see cref="Run"/> takes its writers and working directory, so tests call it in-process.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);

    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        var root = new RootCommand("Checks and explains SorAnalyzers ownership models (*.sor.yaml).")
        {
            CheckCommand.Create(output, error, workingDirectory),
            ExplainCommand.Create(output, error, workingDirectory),
        };
        ToolVersion.Install(root);

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine exits 1 on a parse error; CI must tell that apart from a broken model.
            foreach (ParseError parseError in parse.Errors)
            {
                error.WriteLine($"sor: {parseError.Message}");
            }

            error.WriteLine("Run 'sor --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
