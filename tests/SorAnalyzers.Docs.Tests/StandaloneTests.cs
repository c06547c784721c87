using System;
using System.IO;
using System.Linq;
using Xunit;

namespace SorAnalyzers.Docs.Tests;

/// <summary>A clone is the whole product: no file of the repository reads or links a folder beside it.</summary>
public sealed class StandaloneTests
{
    // Built from pieces, so that this file does not contain what it looks for.
    private static readonly string[] Needles =
    {
        ".." + "/" + "shared",
        ".." + "\\" + "shared",
        "/work/" + "shared",
        "shared" + "/MODEL.md",
        "shared" + "/examples",
    };

    [Fact]
    public void No_tracked_file_refers_to_the_shared_folder_beside_the_repository()
    {
        var offenders = (
            from file in Repository.TrackedFiles()
            let path = Repository.PathOf(file)
            where File.Exists(path) && !IsBinary(path)
            from line in File.ReadLines(path).Select((text, index) => (text, number: index + 1))
            from needle in Needles
            where line.text.Contains(needle, StringComparison.Ordinal)
            select $"{file}({line.number}): {line.text.Trim()}").Distinct().ToList();

        Assert.True(offenders.Count == 0, "These lines refer to a folder outside the repository:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_file_list_is_the_repository()
    {
        // The check above would pass on an empty list: make sure it sees the files it guards.
        var files = Repository.TrackedFiles();
        Assert.Contains("README.md", files);
        Assert.Contains("models/revops.sor.yaml", files);
        Assert.Contains("docs/model-format.md", files);
    }

    private static bool IsBinary(string path)
    {
        using FileStream stream = File.OpenRead(path);
        var buffer = new byte[8000];
        int read = stream.Read(buffer, 0, buffer.Length);
        return Array.IndexOf(buffer, (byte)0, 0, read) >= 0;
    }
}
