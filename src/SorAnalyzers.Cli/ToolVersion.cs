using System.CommandLine;
using System.CommandLine.Invocation;
using System.Linq;
using System.Reflection;

namespace SorAnalyzers.Cli;

/// <summary>
/// The version `sor --version` prints and SARIF reports: the package version (from git, see
/// docs/versioning.md), which is the informational version without its "+commit" build metadata.
/// The SorAnalyzers package and its generator's <c>[GeneratedCode]</c> carry the same one.
/// </summary>
public static class ToolVersion
{
    public static string Current { get; } = Read();

    /// <summary>
    /// Makes <c>--version</c> print <see cref="Current"/>. System.CommandLine would print the entry
    /// assembly's version, which is the test host's when tests run <c>sor</c> in-process.
    /// </summary>
    public static void Install(RootCommand root)
    {
        VersionOption option = root.Options.OfType<VersionOption>().Single();
        option.Action = new PrintVersion();
    }

    private static string Read()
    {
        Assembly assembly = typeof(ToolVersion).Assembly;
        string? informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Current);
            return ExitCodes.Success;
        }
    }
}
