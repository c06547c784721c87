using System;

namespace SorAnalyzers;

/// <summary>Metadata of one flow of the ownership model: a copy of fields from one system to another.</summary>
public sealed class SorFlowInfo
{
    /// <summary>Creates the metadata of a flow.</summary>
    /// <param name="id">The flow id (<c>"billing-to-crm"</c>).</param>
    /// <param name="from">The id of the system the flow reads from.</param>
    /// <param name="to">The id of the system the flow writes into.</param>
    /// <param name="frequency">How often the flow runs, if declared (free text).</param>
    /// <param name="conflict">What the target does with an incoming value.</param>
    /// <param name="errorOwner">Who handles the flow's failures, if declared.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="from"/> or <paramref name="to"/> is null or empty.</exception>
    public SorFlowInfo(
        string id,
        string from,
        string to,
        string? frequency,
        SorConflictRule conflict,
        string? errorOwner)
    {
        Id = Required(id, nameof(id));
        From = Required(from, nameof(from));
        To = Required(to, nameof(to));
        Frequency = frequency;
        Conflict = conflict;
        ErrorOwner = errorOwner;
    }

    /// <summary>The flow id (<c>"billing-to-crm"</c>).</summary>
    public string Id { get; }

    /// <summary>The id of the system the flow reads from.</summary>
    public string From { get; }

    /// <summary>The id of the system the flow writes into.</summary>
    public string To { get; }

    /// <summary>How often the flow runs (free text), or <see langword="null"/>.</summary>
    public string? Frequency { get; }

    /// <summary>What the target does with an incoming value.</summary>
    public SorConflictRule Conflict { get; }

    /// <summary>Who handles the flow's failures, or <see langword="null"/>.</summary>
    public string? ErrorOwner { get; }

    /// <summary>Returns the flow's id and direction, like <c>"billing-to-crm: billing → crm"</c>.</summary>
    /// <returns>The id, a colon, and the source and target systems joined by an arrow.</returns>
    public override string ToString() => Id + ": " + From + " \u2192 " + To;

    private static string Required(string value, string name) =>
        string.IsNullOrEmpty(value)
            ? throw new ArgumentException("A flow's " + name + " must not be null or empty.", name)
            : value;
}
