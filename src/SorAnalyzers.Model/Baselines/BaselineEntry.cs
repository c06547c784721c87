using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SorAnalyzers.Model.Baselines;

/// <summary>
/// One accepted violation in a <c>*.sor.baseline</c> file, keyed so that unrelated edits keep it: the rule,
/// the file (relative to the baseline's folder, '/' separators), the enclosing member, the field, and the
/// occurrence (the n-th violation with those four in the file, in source order). No line numbers.
/// </summary>
public sealed record BaselineEntry(string Rule, string File, string Member, string Field, int Occurrence)
{
    public const char Separator = '\t';

    public string ToLine() => string.Join(Separator.ToString(), Rule, File, Member, Field, Occurrence.ToString(CultureInfo.InvariantCulture));

    /// <summary>The key without the occurrence: violations that share it are numbered in source order.</summary>
    public (string Rule, string File, string Member, string Field) Group => (Rule, File, Member, Field);

    /// <summary>
    /// Numbers violations: within each (rule, file, member, field), in order of <paramref name="position"/>,
    /// from 1. The single place that decides occurrences, for recording, suppressing and finding stale entries.
    /// </summary>
    public static IReadOnlyList<(T Item, BaselineEntry Entry)> Number<T>(
        IEnumerable<T> violations, Func<T, (string Rule, string File, string Member, string Field)> key, Func<T, int> position)
    {
        var numbered = new List<(T, BaselineEntry)>();
        foreach (var group in violations.GroupBy(key))
        {
            int occurrence = 0;
            foreach (T item in group.OrderBy(position))
            {
                occurrence++;
                numbered.Add((item, new BaselineEntry(group.Key.Rule, group.Key.File, group.Key.Member, group.Key.Field, occurrence)));
            }
        }

        return numbered;
    }

    /// <summary>
    /// A source path as a baseline names it: relative to <paramref name="baselineFolder"/> when inside it, with
    /// '/' separators (so a baseline recorded on Windows matches on Linux); otherwise the full path.
    /// </summary>
    public static string RelativePath(string baselineFolder, string path)
    {
        string folder = Normalize(baselineFolder).TrimEnd('/') + "/";
        string file = Normalize(path);
        return file.StartsWith(folder, StringComparison.OrdinalIgnoreCase) ? file.Substring(folder.Length) : file;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
