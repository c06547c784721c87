using System;

namespace SorAnalyzers;

/// <summary>Who made a write: a system of the model, a flow of the model, or nobody the runtime knows.</summary>
public readonly struct SorWriter : IEquatable<SorWriter>
{
    private SorWriter(SorWriterKind kind, string? id)
    {
        Kind = kind;
        Id = id;
    }

    /// <summary>A write whose writer the runtime was not told (a plain <see cref="SorRecord.Set{T}(SorField{T}, T)"/>).</summary>
    public static SorWriter Unknown => default;

    /// <summary>Whether a system, a flow, or nobody known wrote.</summary>
    public SorWriterKind Kind { get; }

    /// <summary>The system or flow id, or <see langword="null"/> when <see cref="Kind"/> is <see cref="SorWriterKind.Unknown"/>.</summary>
    public string? Id { get; }

    /// <summary>A write made by a system (its own code, through its view).</summary>
    /// <param name="id">The system id (<c>"crm"</c>).</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or empty.</exception>
    public static SorWriter ForSystem(string id) => new(SorWriterKind.System, Required(id));

    /// <summary>A write made by a flow (its view, or applying it).</summary>
    /// <param name="id">The flow id (<c>"billing-to-crm"</c>).</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or empty.</exception>
    public static SorWriter ForFlow(string id) => new(SorWriterKind.Flow, Required(id));

    /// <inheritdoc/>
    public bool Equals(SorWriter other) => Kind == other.Kind && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SorWriter other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Kind * 397) ^ (Id is null ? 0 : StringComparer.Ordinal.GetHashCode(Id));

    /// <summary>Returns <c>"system:crm"</c>, <c>"flow:billing-to-crm"</c> or <c>"unknown"</c>.</summary>
    /// <returns>The writer as text.</returns>
    public override string ToString() => Kind switch
    {
        SorWriterKind.System => "system:" + Id,
        SorWriterKind.Flow => "flow:" + Id,
        _ => "unknown",
    };

    private static string Required(string id) =>
        string.IsNullOrEmpty(id) ? throw new ArgumentException("A writer's id must not be null or empty.", nameof(id)) : id;
}
