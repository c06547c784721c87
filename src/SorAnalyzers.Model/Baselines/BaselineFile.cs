using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SorAnalyzers.Model.Baselines;

/// <summary>
/// A <c>*.sor.baseline</c> file: '#' comment lines, then one tab-separated entry per line (rule, file,
/// member, field, occurrence). Written sorted, with '\n' line ends, so recording twice gives the same bytes
/// and a review shows exactly which entries went.
/// </summary>
public sealed class BaselineFile
{
    public const string Extension = ".sor.baseline";

    /// <summary>
    /// The rules a baseline holds: violations at a write or use of a field (SOR0101–SOR0104, SOR0108), and the same
    /// in code another generator emitted (SOR0130, SOR0131: keyed by the generated member and the field, at the
    /// user's declaration), each keyed by member and field. Model errors and unknown keys (SOR0109) are not
    /// baselined: they are to be fixed.
    /// </summary>
    public static readonly IReadOnlyList<string> Rules = new[] { "SOR0101", "SOR0102", "SOR0103", "SOR0104", "SOR0108", "SOR0130", "SOR0131" };

    private const string Header =
        "# SorAnalyzers baseline: violations accepted when it was recorded (sor baseline). The analyzers report them as suppressed.\n" +
        "# An entry that no longer matches a violation is reported (SOR0113, with a fix that removes it): the baseline only shrinks.\n" +
        "# rule\tfile\tmember\tfield\toccurrence\n";

    private BaselineFile(IReadOnlyList<Line> entries, IReadOnlyList<Line> malformed)
    {
        Entries = entries;
        Malformed = malformed;
    }

    /// <summary>The entries, each with the line it is on (0-based) and that line's character range.</summary>
    public IReadOnlyList<Line> Entries { get; }

    /// <summary>Lines that are neither comments nor entries.</summary>
    public IReadOnlyList<Line> Malformed { get; }

    public static bool IsBaseline(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    public static BaselineFile Parse(string text)
    {
        var entries = new List<Line>();
        var malformed = new List<Line>();
        int start = 0;
        int number = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            int next = end < 0 ? text.Length + 1 : end + 1;
            int contentEnd = end < 0 ? text.Length : end;
            string line = text.Substring(start, contentEnd - start).TrimEnd('\r');
            if (line.Trim().Length > 0 && !line.TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                BaselineEntry? entry = ParseEntry(line);
                (entry is null ? malformed : entries).Add(new Line(number, start, start + line.Length, line, entry));
            }

            number++;
            start = next;
        }

        return new BaselineFile(entries, malformed);
    }

    public static string Write(IEnumerable<BaselineEntry> entries)
    {
        var builder = new StringBuilder(Header);
        foreach (BaselineEntry entry in entries
            .Distinct()
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Member, StringComparer.Ordinal)
            .ThenBy(e => e.Field, StringComparer.Ordinal)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Occurrence))
        {
            builder.Append(entry.ToLine()).Append('\n');
        }

        return builder.ToString();
    }

    private static BaselineEntry? ParseEntry(string line)
    {
        string[] parts = line.Split(BaselineEntry.Separator);
        if (parts.Length != 5 || parts.Take(4).Any(p => p.Trim().Length == 0)
            || !int.TryParse(parts[4].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int occurrence) || occurrence < 1)
        {
            return null;
        }

        return new BaselineEntry(parts[0].Trim(), parts[1].Trim(), parts[2].Trim(), parts[3].Trim(), occurrence);
    }

    /// <summary>A line of the file: 0-based number, character range (without the line end), text, and the entry it holds.</summary>
    public sealed record Line(int Number, int Start, int End, string Text, BaselineEntry? Entry);
}
