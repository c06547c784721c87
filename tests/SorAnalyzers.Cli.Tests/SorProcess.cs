using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace SorAnalyzers.Cli.Tests;

/// <summary>Runs the built `sor` as a real process (dotnet sor.dll), as CI does: real exit code, real standard streams.</summary>
public static class SorProcess
{
    public static string SorDll { get; } = Path.Combine(Path.GetDirectoryName(typeof(Program).Assembly.Location)!, "sor.dll");

    public static Sor.Outcome Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SorDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Sor.Outcome(process.ExitCode, output.Result, error.Result);
    }
}
