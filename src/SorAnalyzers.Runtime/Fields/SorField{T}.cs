using System;
using System.Collections.Generic;

namespace SorAnalyzers;

/// <summary>Describes one field of the ownership model whose values are of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The CLR type of the field's values (<see cref="decimal"/> for a <c>decimal</c> field).</typeparam>
public sealed class SorField<T> : SorField
{
    /// <summary>Creates a field descriptor. Generated code calls this once per field of the model.</summary>
    /// <param name="entity">The entity name (<c>"Account"</c>); must not contain '.'.</param>
    /// <param name="name">The field name (<c>"Arr"</c>); must not contain '.'.</param>
    /// <param name="owner">The id of the system that owns the field.</param>
    /// <param name="heldBy">The ids of the systems that hold the field, starting with <paramref name="owner"/>.</param>
    /// <param name="flows">The flows that carry the field.</param>
    /// <param name="description">The field's description, if any.</param>
    /// <param name="isPii">Whether the field holds personal data.</param>
    /// <param name="isRequired">Whether the field must have a value.</param>
    /// <param name="isImmutable">Whether the field, once set, must never be overwritten.</param>
    /// <param name="deprecated">The deprecation message, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">
    /// A name is empty or contains '.', the owner is empty, or <paramref name="heldBy"/> does not start with the owner.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="heldBy"/> or <paramref name="flows"/> is null.</exception>
    public SorField(
        string entity,
        string name,
        string owner,
        IReadOnlyList<string> heldBy,
        IReadOnlyList<SorFlowInfo> flows,
        string? description = null,
        bool isPii = false,
        bool isRequired = false,
        bool isImmutable = false,
        string? deprecated = null)
        : base(entity, name, owner, heldBy, flows, description, isPii, isRequired, isImmutable, deprecated)
    {
    }

    /// <summary>The CLR type of the field's values: <typeparamref name="T"/>.</summary>
    public override Type ValueType => typeof(T);
}
