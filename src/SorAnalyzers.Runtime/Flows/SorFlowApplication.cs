using System;
using System.Collections.Generic;

namespace SorAnalyzers;

/// <summary>
/// Applies one flow to one record: copies fields from the flow's source record into its target record by
/// the flow's conflict rule, never overwrites an immutable field once set, and skips a value that arrived
/// in the source from the target in the same <see cref="SorChangeSet"/> (the loop guard). The result lists
/// what was written and what was skipped, and why.
/// Generated code calls it for each flow (<c>ApplyFrom</c> on the flow's views); integration code may too:
/// <see cref="Copy{T}"/> is a write the analyzers check like any other.
/// </summary>
/// <remarks>
/// The rules, in order:
/// <list type="number">
/// <item>the field is immutable and the target's value is not blank: skipped, <see cref="SorWriteOutcome.Immutable"/>;</item>
/// <item><see cref="SorConflictRule.OwnerWins"/>: written, a blank too (the target is a read-only copy);</item>
/// <item><see cref="SorConflictRule.OwnerUnlessBlank"/>: written unless the incoming value is blank (<see cref="SorWriteOutcome.IncomingBlank"/>);</item>
/// <item><see cref="SorConflictRule.TargetIfBlank"/>: written only while the target's value is blank
/// (<see cref="SorWriteOutcome.TargetNotBlank"/>), and only a value that is not blank (<see cref="SorWriteOutcome.IncomingBlank"/>);</item>
/// <item>the loop guard: a write the rules allow is skipped, <see cref="SorWriteOutcome.Loop"/>, when the
/// incoming value arrived in the source from the flow's target in this change set, even when the target
/// still holds it (that echo is what makes the target's change event fire the sync again).</item>
/// </list>
/// Otherwise a target that already holds the incoming value is left alone, and nothing is reported.
/// Blank is <see cref="SorField.IsBlank(object)"/>, or absent from the record.
/// </remarks>
public sealed class SorFlowApplication
{
    private List<SorFieldWrite>? _changes;
    private List<SorFieldWrite>? _skipped;

    private readonly int _fields;

    private SorFlowApplication(SorFlowInfo flow, SorRecord source, SorRecord target, int fields)
    {
        Flow = flow;
        Source = source;
        Target = target;
        _fields = fields;
    }

    /// <summary>The flow applied.</summary>
    public SorFlowInfo Flow { get; }

    /// <summary>The record read: the flow's source system's copy.</summary>
    public SorRecord Source { get; }

    /// <summary>The record written: the flow's target system's copy.</summary>
    public SorRecord Target { get; }

    /// <summary>The fields written, with their old and new values, in the order applied.</summary>
    public IReadOnlyList<SorFieldWrite> Changes => (IReadOnlyList<SorFieldWrite>?)_changes ?? Array.Empty<SorFieldWrite>();

    /// <summary>The fields that differed but were not written, each with the reason (<see cref="SorFieldWrite.Outcome"/>).</summary>
    public IReadOnlyList<SorFieldWrite> Skipped => (IReadOnlyList<SorFieldWrite>?)_skipped ?? Array.Empty<SorFieldWrite>();

    /// <summary>Whether anything was written.</summary>
    public bool HasChanges => _changes is not null;

    /// <summary>Starts applying <paramref name="flow"/> from <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <param name="flow">The flow.</param>
    /// <param name="source">The source system's record.</param>
    /// <param name="target">The target system's record, of the same entity.</param>
    /// <param name="fields">How many fields will be copied, if known: the result's lists are sized for them (generated code passes it).</param>
    /// <returns>The application, to <see cref="Copy{T}"/> fields with.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The records are of different entities, or are one record.</exception>
    public static SorFlowApplication Begin(SorFlowInfo flow, SorRecord source, SorRecord target, int fields = 0)
    {
        if (flow is null)
        {
            throw new ArgumentNullException(nameof(flow));
        }

        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        if (!string.Equals(source.Entity, target.Entity, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The flow {flow.Id} copies between records of one entity; the source is a '{source.Entity}', the target a '{target.Entity}'.", nameof(target));
        }

        if (ReferenceEquals(source, target))
        {
            throw new ArgumentException($"The flow {flow.Id} copies from {flow.From}'s record to {flow.To}'s: the source and the target are the same record.", nameof(target));
        }

        return new SorFlowApplication(flow, source, target, fields < 0 ? 0 : fields);
    }

    /// <summary>
    /// Offers a value to <paramref name="target"/> as <paramref name="flow"/> would, without a source
    /// (what a flow view's setter does): the conflict rule and immutability apply; the loop guard cannot,
    /// since the value's origin is unknown. The write, or the skip, goes to the target's change set.
    /// </summary>
    /// <typeparam name="T">The field's value type.</typeparam>
    /// <param name="flow">The flow writing.</param>
    /// <param name="field">The field: the analyzers check this write against the model.</param>
    /// <param name="target">The flow's target record.</param>
    /// <param name="value">The incoming value.</param>
    /// <returns>Whether it was written, or why not (<see cref="SorWriteOutcome.Written"/> also when the value was already there).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> belongs to another entity than <paramref name="target"/>.</exception>
    public static SorWriteOutcome Write<T>(SorFlowInfo flow, [SorWrites] SorField<T> field, SorRecord target, T value)
    {
        if (flow is null)
        {
            throw new ArgumentNullException(nameof(flow));
        }

        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        target.CheckEntity(field);
        return Offer(flow, field, target, target.GetRaw(field.Key), value, loop: false) ?? SorWriteOutcome.Written;
    }

    /// <summary>Copies <paramref name="field"/> from <see cref="Source"/> to <see cref="Target"/> by the flow's rules.</summary>
    /// <typeparam name="T">The field's value type.</typeparam>
    /// <param name="field">A field the flow carries: the analyzers check this write against the model.</param>
    /// <returns>This application.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> belongs to another entity.</exception>
    /// <exception cref="InvalidCastException">The source holds a value of another type than <typeparamref name="T"/> (set by key).</exception>
    public SorFlowApplication Copy<T>([SorWrites] SorField<T> field)
    {
        Target.CheckEntity(field);
        object? incoming = Source.GetRaw(field.Key);
        if (incoming is not null and not T)
        {
            throw new InvalidCastException($"{field.Key} holds a value of type {incoming.GetType()} in {Flow.From}'s record, not {typeof(T)}.");
        }

        object? current = Target.GetRaw(field.Key);
        bool loop = Target.ChangeSet is { } changes && changes.CameFrom(Source, field, Flow.To, incoming);
        SorWriteOutcome? decided = Offer(Flow, field, Target, current, incoming, loop);
        if (decided is not { } outcome)
        {
            return this;
        }

        var write = new SorFieldWrite(field, current, incoming, outcome);
        if (outcome == SorWriteOutcome.Written)
        {
            (_changes ??= new List<SorFieldWrite>(_fields)).Add(write);
        }
        else
        {
            (_skipped ??= new List<SorFieldWrite>(_fields)).Add(write);
        }

        return this;
    }

    /// <summary>Returns the flow and how many fields were written and skipped.</summary>
    /// <returns>Like <c>"billing-to-crm: 2 written, 1 skipped"</c>.</returns>
    public override string ToString() => $"{Flow.Id}: {Changes.Count} written, {Skipped.Count} skipped";

    /// <summary>The one place the rules are decided (see the class remarks); the loop guard comes after.</summary>
    internal static SorWriteOutcome Decide(SorConflictRule rule, SorField field, object? current, object? incoming)
    {
        bool targetBlank = field.IsBlank(current);
        if (field.IsImmutable && !targetBlank)
        {
            return SorWriteOutcome.Immutable;
        }

        return rule switch
        {
            SorConflictRule.OwnerUnlessBlank when field.IsBlank(incoming) => SorWriteOutcome.IncomingBlank,
            SorConflictRule.TargetIfBlank when !targetBlank => SorWriteOutcome.TargetNotBlank,
            SorConflictRule.TargetIfBlank when field.IsBlank(incoming) => SorWriteOutcome.IncomingBlank,
            _ => SorWriteOutcome.Written,
        };
    }

    // Null: nothing to do (the target holds the value already, and it is no echo the loop guard stops).
    private static SorWriteOutcome? Offer(SorFlowInfo flow, SorField field, SorRecord target, object? current, object? incoming, bool loop)
    {
        bool same = SorValues.Same(current, incoming);
        if (same && !loop)
        {
            return null;
        }

        SorWriteOutcome outcome = Decide(flow.Conflict, field, current, incoming);
        if (outcome == SorWriteOutcome.Written && loop)
        {
            outcome = SorWriteOutcome.Loop;
        }
        else if (same)
        {
            return null;
        }

        if (outcome == SorWriteOutcome.Written)
        {
            target.SetRaw(field.Key, incoming);
        }

        target.ChangeSet?.Record(target, field, current, incoming, SorWriter.ForFlow(flow.Id), outcome, flow.From);
        return outcome;
    }
}
