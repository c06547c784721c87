using System.Linq;
using SorAnalyzers.Model.Baselines;
using Xunit;

namespace SorAnalyzers.Model.Tests;

public sealed class BaselineFileTests
{
    [Fact]
    public void Written_entries_read_back_sorted_and_writing_twice_gives_the_same_bytes()
    {
        BaselineEntry[] entries =
        [
            new("SOR0103", "Jobs/B.cs", "B.Run()", "Account.Name", 1),
            new("SOR0101", "A.cs", "A.Close(SorRecord)", "Account.Arr", 2),
            new("SOR0101", "A.cs", "A.Close(SorRecord)", "Account.Arr", 1),
        ];

        string text = BaselineFile.Write(entries);
        BaselineFile read = BaselineFile.Parse(text);

        Assert.Equal(text, BaselineFile.Write(entries.Reverse()));
        Assert.Empty(read.Malformed);
        Assert.Equal(
            ["A.cs|A.Close(SorRecord)|Account.Arr|1", "A.cs|A.Close(SorRecord)|Account.Arr|2", "Jobs/B.cs|B.Run()|Account.Name|1"],
            read.Entries.Select(l => $"{l.Entry!.File}|{l.Entry.Member}|{l.Entry.Field}|{l.Entry.Occurrence}"));
        // Lines are numbered in the file (three header lines first), for reporting an entry at its line.
        Assert.Equal([3, 4, 5], read.Entries.Select(l => l.Number));
        Assert.Equal("SOR0101\tA.cs\tA.Close(SorRecord)\tAccount.Arr\t1", text.Substring(read.Entries[0].Start, read.Entries[0].End - read.Entries[0].Start));
    }

    [Theory]
    [InlineData("SOR0101\tA.cs\tA.M()\tAccount.Arr")]
    [InlineData("SOR0101\tA.cs\tA.M()\tAccount.Arr\tzero")]
    [InlineData("SOR0101\tA.cs\tA.M()\tAccount.Arr\t0")]
    [InlineData("SOR0101 A.cs A.M() Account.Arr 1")]
    [InlineData("SOR0101\t\tA.M()\tAccount.Arr\t1")]
    public void A_line_that_is_not_an_entry_is_kept_as_malformed_not_dropped(string line)
    {
        BaselineFile read = BaselineFile.Parse("# header\r\n" + line + "\r\n\r\n");

        Assert.Empty(read.Entries);
        Assert.Equal(1, Assert.Single(read.Malformed).Number);
    }

    [Fact]
    public void Occurrences_count_within_rule_file_member_and_field_in_source_order()
    {
        var violations = new[]
        {
            (Rule: "SOR0101", Member: "M()", Field: "A.X", At: 50),
            (Rule: "SOR0101", Member: "M()", Field: "A.X", At: 10),
            (Rule: "SOR0101", Member: "M()", Field: "A.Y", At: 30),
            (Rule: "SOR0103", Member: "M()", Field: "A.X", At: 40),
            (Rule: "SOR0101", Member: "N()", Field: "A.X", At: 20),
        };

        var numbered = BaselineEntry.Number(violations, v => (v.Rule, "F.cs", v.Member, v.Field), v => v.At);

        Assert.Equal(
            [(10, 1), (20, 1), (30, 1), (40, 1), (50, 2)],
            numbered.Select(n => (n.Item.At, n.Entry.Occurrence)).OrderBy(p => p.At));
    }

    [Theory]
    [InlineData("/repo/src/Legacy", "/repo/src/Legacy/Jobs/Sync.cs", "Jobs/Sync.cs")]
    [InlineData("C:\\repo\\Legacy", "C:\\repo\\Legacy\\Jobs\\Sync.cs", "Jobs/Sync.cs")]
    [InlineData("/repo/src/Legacy/", "/repo/src/Legacy/Sync.cs", "Sync.cs")]
    [InlineData("/repo/src/Legacy", "/repo/src/LegacyOther/Sync.cs", "/repo/src/LegacyOther/Sync.cs")]
    public void Paths_are_relative_to_the_baseline_folder_with_forward_slashes(string folder, string path, string expected)
        => Assert.Equal(expected, BaselineEntry.RelativePath(folder, path));
}
