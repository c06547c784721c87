using System.IO;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Cli.Tests;

/// <summary>
/// Approved-file comparison (Verify is not served here): the output must equal Approved/{name} byte for byte.
/// On a mismatch the test writes Approved/{name}.received beside it: compare, then rename it to approve.
/// </summary>
public static class Approved
{
    public static string Folder { get; } = Path.Combine(RepoFiles.Root, "tests", "SorAnalyzers.Cli.Tests", "Approved");

    public static void Verify(string name, string actual)
    {
        string approvedPath = Path.Combine(Folder, name);
        string receivedPath = approvedPath + ".received";
        string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(approved is null
            ? $"No approved file {approvedPath}; the output was written to {receivedPath}: review it, then rename it to approve."
            : $"The output differs from {approvedPath}; it was written to {receivedPath}: compare, then rename it to approve.");
    }
}
