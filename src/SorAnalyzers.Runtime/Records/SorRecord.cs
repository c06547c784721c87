using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace SorAnalyzers;

/// <summary>
/// The values of one instance of an entity, keyed by field (<c>"Account.Arr"</c>). Generated views
/// wrap a record; integration code can use it directly. Every access checks that the field belongs
/// to the record's entity. Attached to a <see cref="SorChangeSet"/>, every write that changes a value is
/// audited there. Not thread-safe.
/// </summary>
public sealed class SorRecord
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>Creates an empty record of <paramref name="entity"/>.</summary>
    /// <param name="entity">The entity name as written in the model (<c>"Account"</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="entity"/> is empty or contains '.'.</exception>
    public SorRecord(string entity)
        : this(entity, null)
    {
    }

    /// <summary>Creates an empty record of <paramref name="entity"/> with an id, which audit entries carry.</summary>
    /// <param name="entity">The entity name as written in the model (<c>"Account"</c>).</param>
    /// <param name="id">The record's id in its system (<c>"0015g00000XyZ"</c>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="entity"/> is empty or contains '.'.</exception>
    public SorRecord(string entity, string? id)
    {
        if (string.IsNullOrEmpty(entity) || entity.IndexOf('.') >= 0)
        {
            throw new ArgumentException("An entity name must be non-empty and contain no '.'.", nameof(entity));
        }

        Entity = entity;
        Id = id;
    }

    /// <summary>The entity this record is an instance of.</summary>
    public string Entity { get; }

    /// <summary>The record's id in its system, or <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>
    /// The change set that audits this record's writes and remembers where its values came from (the
    /// loop guard of flow application), or <see langword="null"/>: then nothing is recorded.
    /// </summary>
    public SorChangeSet? ChangeSet { get; set; }

    /// <summary>The keys (<c>"Entity.Field"</c>) of the fields that have been set, blank or not.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>Returns the value of <paramref name="field"/>, or the default of <typeparamref name="T"/> when it was not set.</summary>
    /// <typeparam name="T">The field's value type.</typeparam>
    /// <param name="field">A field of this record's entity.</param>
    /// <returns>The value, or <see langword="default"/> when absent or set to <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> belongs to another entity.</exception>
    /// <exception cref="InvalidCastException">The value was set by key with a type other than <typeparamref name="T"/>.</exception>
    public T? Get<T>(SorField<T> field)
    {
        CheckEntity(field);
        return _values.TryGetValue(field.Key, out object? stored) && stored is not null
            ? Cast<T>(field.Key, stored)
            : default;
    }

    /// <summary>Reads the value of <paramref name="field"/> if it was set.</summary>
    /// <typeparam name="T">The field's value type.</typeparam>
    /// <param name="field">A field of this record's entity.</param>
    /// <param name="value">The value when found; otherwise the default of <typeparamref name="T"/>.</param>
    /// <returns>
    /// <see langword="true"/> when the record holds a value for the field: a <typeparamref name="T"/>, or
    /// <see langword="null"/> when <typeparamref name="T"/> can be null. A <see langword="null"/> set by key
    /// for a non-nullable value type counts as absent.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> belongs to another entity.</exception>
    /// <exception cref="InvalidCastException">The value was set by key with a type other than <typeparamref name="T"/>.</exception>
    public bool TryGet<T>(SorField<T> field, [MaybeNullWhen(false)] out T value)
    {
        CheckEntity(field);
        if (!_values.TryGetValue(field.Key, out object? stored))
        {
            value = default;
            return false;
        }

        if (stored is null)
        {
            value = default;
            return default(T) is null;
        }

        value = Cast<T>(field.Key, stored);
        return true;
    }

    /// <summary>Sets the value of <paramref name="field"/>, replacing any previous value.</summary>
    /// <typeparam name="T">The field's value type.</typeparam>
    /// <param name="field">A field of this record's entity: the analyzers check this write against the model.</param>
    /// <param name="value">The new value.</param>
    /// <exception cref="ArgumentException"><paramref name="field"/> belongs to another entity.</exception>
    public void Set<T>([SorWrites] SorField<T> field, T value) => Set(field, value, SorWriter.Unknown);

    /// <summary>Sets the value of <paramref name="field"/>, replacing any previous value; the audit names <paramref name="writer"/>.</summary>
    /// <typeparam name="T">The field's value type.</typeparam>
    /// <param name="field">A field of this record's entity: the analyzers check this write against the model.</param>
    /// <param name="value">The new value.</param>
    /// <param name="writer">Who writes (generated system views pass their system).</param>
    /// <exception cref="ArgumentException"><paramref name="field"/> belongs to another entity.</exception>
    public void Set<T>([SorWrites] SorField<T> field, T value, SorWriter writer)
    {
        CheckEntity(field);
        Store(field, value, writer);
    }

    /// <summary>Returns the value stored under <paramref name="key"/>, or <see langword="null"/> when it was not set.</summary>
    /// <param name="key">A field key of this record's entity, <c>"Entity.Field"</c>.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not of the form <c>"Entity.Field"</c> or names another entity.</exception>
    public object? Get(string key)
    {
        CheckKey(key);
        return _values.TryGetValue(key, out object? stored) ? stored : null;
    }

    /// <summary>Sets the value stored under <paramref name="key"/>, replacing any previous value.</summary>
    /// <param name="key">A field key of this record's entity, <c>"Entity.Field"</c>: the analyzers check a constant key against the model.</param>
    /// <param name="value">The new value; no type check is made, since a key carries no type.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not of the form <c>"Entity.Field"</c> or names another entity.</exception>
    public void Set([SorWrites] string key, object? value)
    {
        CheckKey(key);
        if (ChangeSet is null)
        {
            _values[key] = value;
            return;
        }

        Store(ChangeSet.FieldOf(Entity, key), value, SorWriter.Unknown);
    }

    /// <summary>Whether <paramref name="field"/> is absent from the record or its value is blank by <see cref="SorField.IsBlank(object)"/>.</summary>
    /// <param name="field">A field of this record's entity.</param>
    /// <returns><see langword="true"/> when the field has no value that counts.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> belongs to another entity.</exception>
    public bool IsBlank(SorField field)
    {
        CheckEntity(field);
        return !_values.TryGetValue(field.Key, out object? stored) || field.IsBlank(stored);
    }

    /// <summary>Whether a value (possibly blank) was set under <paramref name="key"/>.</summary>
    /// <param name="key">A field key of this record's entity, <c>"Entity.Field"</c>.</param>
    /// <returns><see langword="true"/> when the key was set.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not of the form <c>"Entity.Field"</c> or names another entity.</exception>
    public bool Contains(string key)
    {
        CheckKey(key);
        return _values.ContainsKey(key);
    }

    /// <summary>The stored value, or null when absent: no cast, no boxing.</summary>
    internal object? GetRaw(string key) => _values.TryGetValue(key, out object? stored) ? stored : null;

    /// <summary>Stores a value read from another record (already boxed); no audit: the caller records it.</summary>
    internal void SetRaw(string key, object? value) => _values[key] = value;

    internal void CheckEntity(SorField field)
    {
        if (field is null)
        {
            throw new ArgumentNullException(nameof(field));
        }

        if (!string.Equals(field.Entity, Entity, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The field {field.Key} belongs to entity '{field.Entity}', but this record is a '{Entity}'.",
                nameof(field));
        }
    }

    // Compares in place, without splitting: this runs on every keyed access.
    private void CheckKey(string key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        int dot = key.IndexOf('.');
        if (dot <= 0 || dot == key.Length - 1 || key.IndexOf('.', dot + 1) >= 0)
        {
            throw new ArgumentException(
                $"'{key}' is not a field key: expected 'Entity.Field', like '{Entity}.Name'.", nameof(key));
        }

        if (dot != Entity.Length || string.CompareOrdinal(key, 0, Entity, 0, dot) != 0)
        {
            throw new ArgumentException(
                $"The key '{key}' names entity '{key.Substring(0, dot)}', but this record is a '{Entity}'.",
                nameof(key));
        }
    }

    private void Store(SorField field, object? value, SorWriter writer)
    {
        if (ChangeSet is null)
        {
            _values[field.Key] = value;
            return;
        }

        object? old = GetRaw(field.Key);
        _values[field.Key] = value;
        if (!SorValues.Same(old, value))
        {
            ChangeSet.Record(this, field, old, value, writer, SorWriteOutcome.Written, arrivedFrom: null);
        }
    }

    private static T Cast<T>(string key, object stored) =>
        stored is T typed
            ? typed
            : throw new InvalidCastException(
                $"{key} holds a value of type {stored.GetType()}, not {typeof(T)}.");
}
