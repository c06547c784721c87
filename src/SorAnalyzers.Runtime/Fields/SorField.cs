using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SorAnalyzers;

/// <summary>
/// Describes one field of the ownership model: which entity it belongs to, which system owns it,
/// which systems hold a copy and which flows carry it. Generated code exposes one static instance of
/// <see cref="SorField{T}"/> per field (<c>SorFields.Account.Arr</c>).
/// </summary>
public abstract class SorField
{
    // private protected: SorField<T> is the only descriptor; nobody else derives from this class.
    private protected SorField(
        string entity,
        string name,
        string owner,
        IReadOnlyList<string> heldBy,
        IReadOnlyList<SorFlowInfo> flows,
        string? description,
        bool isPii,
        bool isRequired,
        bool isImmutable,
        string? deprecated)
    {
        if (string.IsNullOrEmpty(entity) || entity.IndexOf('.') >= 0)
        {
            throw new ArgumentException("An entity name must be non-empty and contain no '.'.", nameof(entity));
        }

        if (string.IsNullOrEmpty(name) || name.IndexOf('.') >= 0)
        {
            throw new ArgumentException("A field name must be non-empty and contain no '.'.", nameof(name));
        }

        if (string.IsNullOrEmpty(owner))
        {
            throw new ArgumentException("A field's owner must not be null or empty.", nameof(owner));
        }

        if (heldBy is null)
        {
            throw new ArgumentNullException(nameof(heldBy));
        }

        if (flows is null)
        {
            throw new ArgumentNullException(nameof(flows));
        }

        if (heldBy.Count == 0 || !string.Equals(heldBy[0], owner, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The systems holding {entity}.{name} must list its owner '{owner}' first.", nameof(heldBy));
        }

        Entity = entity;
        Name = name;
        Key = entity + "." + name;
        Owner = owner;
        HeldBy = Freeze(heldBy);
        Flows = Freeze(flows);
        Description = description;
        IsPii = isPii;
        IsRequired = isRequired;
        IsImmutable = isImmutable;
        Deprecated = deprecated;
    }

    /// <summary>The entity name as written in the model (<c>"Account"</c>).</summary>
    public string Entity { get; }

    /// <summary>The field name as written in the model (<c>"Arr"</c>).</summary>
    public string Name { get; }

    /// <summary>The field's key, <c>"Entity.Field"</c> (<c>"Account.Arr"</c>): how <see cref="SorRecord"/> stores it.</summary>
    public string Key { get; }

    /// <summary>The CLR type of the field's values.</summary>
    public abstract Type ValueType { get; }

    /// <summary>The id of the one system that owns the field (its system of record).</summary>
    public string Owner { get; }

    /// <summary>The ids of the systems that hold the field: the owner first, then every system a flow delivers it to.</summary>
    public IReadOnlyList<string> HeldBy { get; }

    /// <summary>The flows that carry the field.</summary>
    public IReadOnlyList<SorFlowInfo> Flows { get; }

    /// <summary>The field's description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Whether the field holds personal data.</summary>
    public bool IsPii { get; }

    /// <summary>Whether the field must have a value.</summary>
    public bool IsRequired { get; }

    /// <summary>Whether the field, once set, must never be overwritten.</summary>
    public bool IsImmutable { get; }

    /// <summary>The deprecation message, or <see langword="null"/> when the field is not deprecated.</summary>
    public string? Deprecated { get; }

    /// <summary>
    /// Whether <paramref name="value"/> counts as blank for this field, as the conflict rules
    /// <see cref="SorConflictRule.OwnerUnlessBlank"/> and <see cref="SorConflictRule.TargetIfBlank"/> mean it.
    /// </summary>
    /// <remarks>
    /// Blank means "no value was ever given": <see langword="null"/>; a string that is empty or only
    /// white space; <see cref="Guid.Empty"/>; and the default <see cref="DateTime"/> and
    /// <see cref="DateTimeOffset"/> (0001-01-01), which no real record carries. Numbers, <see langword="false"/>
    /// and enum values are never blank: zero and false are real answers.
    /// </remarks>
    /// <param name="value">The value to test.</param>
    /// <returns><see langword="true"/> when the value is blank.</returns>
    public virtual bool IsBlank(object? value) => value switch
    {
        null => true,
        string text => IsWhiteSpace(text),
        Guid guid => guid == Guid.Empty,
        DateTime dateTime => dateTime == default,
        DateTimeOffset dateTimeOffset => dateTimeOffset == default,
#if NET6_0_OR_GREATER
        DateOnly date => date == default,
#endif
        _ => false,
    };

    /// <summary>Returns the field's key.</summary>
    /// <returns><see cref="Key"/> (<c>"Account.Arr"</c>).</returns>
    public override string ToString() => Key;

    private static bool IsWhiteSpace(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    // A private copy: the caller's array could be cast back and changed after construction.
    private static IReadOnlyList<TItem> Freeze<TItem>(IReadOnlyList<TItem> items)
    {
        var copy = new TItem[items.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i];
        }

        return new ReadOnlyCollection<TItem>(copy);
    }
}
