using System;
using System.Collections.Generic;
using SorAnalyzers;

namespace SorAnalyzers.Runtime.Tests;

/// <summary>
/// One field type of the model with its blank values (absent from the record always among them) and two
/// real values; the first real value is the type's zero (0, false, the first enum member) wherever that
/// exists, because zero is an answer, not a blank.
/// </summary>
public sealed class FlowRuleCase
{
    /// <summary>Stands for "not in the record at all".</summary>
    public static readonly object Absent = new();

    private FlowRuleCase(string type, Func<bool, SorField> field, object?[] blanks, object first, object second)
    {
        Type = type;
        NewField = field;
        Blanks = blanks;
        First = first;
        Second = second;
    }

    public string Type { get; }

    public Func<bool, SorField> NewField { get; }

    public object?[] Blanks { get; }

    public object First { get; }

    public object Second { get; }

    /// <summary>The model's types, as the generator maps them (date is DateOnly on net6+).</summary>
    public static readonly IReadOnlyDictionary<string, FlowRuleCase> All = new Dictionary<string, FlowRuleCase>
    {
        ["string"] = Of<string>("string", new object?[] { Absent, null, "", "  \t" }, "a", "b"),
        ["int"] = Of<int>("int", new object?[] { Absent, null }, 0, 5),
        ["long"] = Of<long>("long", new object?[] { Absent, null }, 0L, 5L),
        ["decimal"] = Of<decimal>("decimal", new object?[] { Absent, null }, 0m, 4_000.50m),
        ["double"] = Of<double>("double", new object?[] { Absent, null }, 0.0, 0.25),
        ["bool"] = Of<bool>("bool", new object?[] { Absent, null }, false, true),
        ["date"] = Of<DateOnly>("date", new object?[] { Absent, null, default(DateOnly) }, new DateOnly(2027, 3, 31), new DateOnly(2028, 1, 1)),
        ["datetime"] = Of<DateTimeOffset>("datetime", new object?[] { Absent, null, default(DateTimeOffset) }, new DateTimeOffset(2026, 11, 30, 5, 0, 0, TimeSpan.FromHours(1)), DateTimeOffset.UnixEpoch),
        ["guid"] = Of<Guid>("guid", new object?[] { Absent, null, Guid.Empty }, new Guid("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), new Guid("00000000-0000-0000-0000-000000000001")),
        ["enum"] = Of<DayOfWeek>("enum", new object?[] { Absent, null }, DayOfWeek.Sunday, DayOfWeek.Friday),
    };

    public static IEnumerable<object[]> TypesAndRules()
    {
        foreach (string type in All.Keys)
        {
            foreach (SorConflictRule rule in new[] { SorConflictRule.OwnerWins, SorConflictRule.OwnerUnlessBlank, SorConflictRule.TargetIfBlank })
            {
                yield return new object[] { type, rule };
            }
        }
    }

    /// <summary>
    /// Applies a flow with <paramref name="rule"/> from a source holding <paramref name="incoming"/> to a
    /// target holding <paramref name="current"/>: the outcome (null when nothing was offered: equal values),
    /// and the target's value after.
    /// </summary>
    public (SorWriteOutcome? Outcome, object? After) Apply(SorConflictRule rule, object? current, object? incoming, bool immutable = false)
    {
        SorField field = NewField(immutable);
        var flow = new SorFlowInfo("src-to-tgt", "src", "tgt", null, rule, null);
        SorRecord source = Holding(field, incoming);
        SorRecord target = Holding(field, current);

        SorFlowApplication applied = Copy(SorFlowApplication.Begin(flow, source, target), field);

        SorWriteOutcome? outcome = applied.Changes.Count == 1 ? SorWriteOutcome.Written : applied.Skipped.Count == 1 ? applied.Skipped[0].Outcome : null;
        return (outcome, target.Get(field.Key));
    }

    /// <summary>What a value reads as once stored: absent reads as null.</summary>
    public static object? Stored(object? value) => ReferenceEquals(value, Absent) ? null : value;

    private static SorRecord Holding(SorField field, object? value)
    {
        var record = new SorRecord(field.Entity);
        if (!ReferenceEquals(value, Absent))
        {
            record.Set(field.Key, value);
        }

        return record;
    }

    private static SorFlowApplication Copy(SorFlowApplication application, SorField field) => field switch
    {
        SorField<string> f => application.Copy(f),
        SorField<int> f => application.Copy(f),
        SorField<long> f => application.Copy(f),
        SorField<decimal> f => application.Copy(f),
        SorField<double> f => application.Copy(f),
        SorField<bool> f => application.Copy(f),
        SorField<DateOnly> f => application.Copy(f),
        SorField<DateTimeOffset> f => application.Copy(f),
        SorField<Guid> f => application.Copy(f),
        SorField<DayOfWeek> f => application.Copy(f),
        _ => throw new ArgumentException(field.ValueType.ToString()),
    };

    private static FlowRuleCase Of<T>(string type, object?[] blanks, object first, object second)
        => new(type, immutable => new SorField<T>("Thing", "Value", "src", new[] { "src", "tgt" }, Array.Empty<SorFlowInfo>(), isImmutable: immutable), blanks, first, second);

    public override string ToString() => Type;
}
