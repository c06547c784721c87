using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Globalization;
using System.Threading;

namespace SorAnalyzers;

/// <summary>
/// The flows and field descriptors of a generated model, in the compact text the source generator writes.
/// Generated code builds one per model (<c>SorModelData.Table</c>) and takes every <c>SorFields</c>
/// descriptor and <c>SorCatalog.Flows</c> from it, so that the compiler binds one short call per field
/// instead of a constructor call with all of the field's metadata. Not meant to be called by hand.
/// </summary>
/// <remarks>
/// <para>
/// The text is a sequence of items, each followed by one space: a number (<c>12</c>), a string written
/// as its length, a colon and its characters (<c>3:crm</c>, any characters, no escaping), or <c>~</c>
/// for a null string. The first part holds the format version (<c>1</c>), the number of flows, then
/// per flow its id, source, target, frequency, conflict rule (by name) and error owner. Every other part
/// holds one entity: its name, its number of fields, then per field its name, owner, the number of
/// systems holding it and their ids (the owner first), the number of flows and their positions in the flow list, its
/// description, its flags (1 personal data, 2 required, 4 immutable) and its deprecation message.
/// </para>
/// <para>
/// Each flow is one <see cref="SorFlowInfo"/> instance, shared by every descriptor whose flows include it
/// and by <see cref="Flows"/>.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SorModelTable
{
    private const int Version = 1;
    private const int PiiFlag = 1;
    private const int RequiredFlag = 2;
    private const int ImmutableFlag = 4;

    private readonly SorFlowInfo[] _flows;
    private readonly FieldRow[] _fields;
    private readonly SorField?[] _created;

    /// <summary>Reads the table. Generated code calls this once per model.</summary>
    /// <param name="parts">The flows part, then one part per entity, as the source generator writes them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or one of its parts is null.</exception>
    /// <exception cref="FormatException">
    /// The text is not a table of this format version: the generated code comes from a SorAnalyzers
    /// generator that does not match this runtime.
    /// </exception>
    public SorModelTable(string[] parts)
    {
        if (parts is null)
        {
            throw new ArgumentNullException(nameof(parts));
        }

        if (parts.Length == 0)
        {
            throw new FormatException("A model table has at least its flows part.");
        }

        var reader = new Reader(parts[0] ?? throw new ArgumentNullException(nameof(parts)), 0);
        int version = reader.Number();
        if (version != Version)
        {
            throw new FormatException(
                $"The generated model table has format version {version}; this SorAnalyzers runtime reads version {Version}. " +
                "Use the same version of the SorAnalyzers package for the generator and the runtime.");
        }

        _flows = new SorFlowInfo[reader.Number()];
        for (int i = 0; i < _flows.Length; i++)
        {
            string id = reader.Text();
            string from = reader.Text();
            string to = reader.Text();
            string? frequency = reader.TextOrNull();
            SorConflictRule conflict = reader.Conflict();
            _flows[i] = new SorFlowInfo(id, from, to, frequency, conflict, reader.TextOrNull());
        }

        reader.End();
        Flows = new ReadOnlyCollection<SorFlowInfo>(_flows);

        var fields = new List<FieldRow>();
        for (int p = 1; p < parts.Length; p++)
        {
            reader = new Reader(parts[p] ?? throw new ArgumentNullException(nameof(parts)), p);
            string entity = reader.Text();
            int count = reader.Number();
            for (int f = 0; f < count; f++)
            {
                fields.Add(ReadField(ref reader, entity));
            }

            reader.End();
        }

        _fields = fields.ToArray();
        _created = new SorField?[_fields.Length];
    }

    /// <summary>Every flow of the model, in the model's order: the instances the descriptors share.</summary>
    public IReadOnlyList<SorFlowInfo> Flows { get; }

    /// <summary>The number of fields in the table.</summary>
    public int FieldCount => _fields.Length;

    /// <summary>
    /// The descriptor of the field at <paramref name="index"/>, entity by entity in the model's order:
    /// created by the first call, the same instance on every later one.
    /// </summary>
    /// <typeparam name="T">The CLR type of the field's values.</typeparam>
    /// <param name="index">The field's position in the table.</param>
    /// <returns>The field's descriptor; generated code calls this once per field and keeps the result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a field of the table.</exception>
    /// <exception cref="InvalidOperationException">The field was created before with another value type.</exception>
    public SorField<T> CreateField<T>(int index)
    {
        if ((uint)index >= (uint)_fields.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The table holds {_fields.Length} fields.");
        }

        SorField? created = Volatile.Read(ref _created[index]);
        if (created is null)
        {
            FieldRow row = _fields[index];
            var field = new SorField<T>(
                row.Entity,
                row.Name,
                row.Owner,
                row.HeldBy,
                row.Flows,
                row.Description,
                (row.Flags & PiiFlag) != 0,
                (row.Flags & RequiredFlag) != 0,
                (row.Flags & ImmutableFlag) != 0,
                row.Deprecated);
            created = Interlocked.CompareExchange(ref _created[index], field, null) ?? field;
        }

        return created as SorField<T> ?? throw new InvalidOperationException(
            $"The field {created.Key} was created as a SorField<{created.ValueType.Name}>, not a SorField<{typeof(T).Name}>.");
    }

    /// <summary>
    /// Every descriptor of the table, entity by entity in the model's order. Generated code passes one
    /// descriptor of each entity's class: reading it ran that class's initializer, which created all of
    /// the class's descriptors, so the list holds the very instances of <c>SorFields</c> without the
    /// generated code naming each of them.
    /// </summary>
    /// <param name="oneOfEachEntity">A descriptor of each entity that has fields, read from its class.</param>
    /// <returns>A read-only list of every descriptor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="oneOfEachEntity"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A field of the table was not created.</exception>
    public IReadOnlyList<SorField> AllFields(SorField[] oneOfEachEntity)
    {
        if (oneOfEachEntity is null)
        {
            throw new ArgumentNullException(nameof(oneOfEachEntity));
        }

        var fields = new SorField[_created.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = Volatile.Read(ref _created[i]) ?? throw new InvalidOperationException(
                $"The descriptor of {_fields[i].Entity}.{_fields[i].Name} (field {i} of the table) was never created: " +
                "the generated code does not match this SorAnalyzers runtime. Use the same version of the package for both.");
        }

        return new ReadOnlyCollection<SorField>(fields);
    }

    private FieldRow ReadField(ref Reader reader, string entity)
    {
        string name = reader.Text();
        string owner = reader.Text();
        var heldBy = new string[reader.Number()];
        for (int h = 0; h < heldBy.Length; h++)
        {
            heldBy[h] = reader.Text();
        }

        var flows = new SorFlowInfo[reader.Number()];
        for (int i = 0; i < flows.Length; i++)
        {
            int flow = reader.Number();
            if (flow >= _flows.Length)
            {
                throw reader.Error($"flow {flow} of a table of {_flows.Length} flows");
            }

            flows[i] = _flows[flow];
        }

        string? description = reader.TextOrNull();
        int flags = reader.Number();
        return new FieldRow(entity, name, owner, heldBy, flows, description, flags, reader.TextOrNull());
    }

    private sealed class FieldRow
    {
        public FieldRow(string entity, string name, string owner, string[] heldBy, SorFlowInfo[] flows, string? description, int flags, string? deprecated)
        {
            Entity = entity;
            Name = name;
            Owner = owner;
            HeldBy = heldBy;
            Flows = flows;
            Description = description;
            Flags = flags;
            Deprecated = deprecated;
        }

        public string Entity { get; }

        public string Name { get; }

        public string Owner { get; }

        public string[] HeldBy { get; }

        public SorFlowInfo[] Flows { get; }

        public string? Description { get; }

        public int Flags { get; }

        public string? Deprecated { get; }
    }

    private struct Reader
    {
        private readonly string _text;
        private readonly int _part;
        private int _position;

        public Reader(string text, int part)
        {
            _text = text;
            _part = part;
            _position = 0;
        }

        public int Number()
        {
            int start = _position;
            long value = 0;
            while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9' && value <= int.MaxValue)
            {
                value = (value * 10) + (_text[_position] - '0');
                _position++;
            }

            if (_position == start || value > int.MaxValue)
            {
                throw Error("a number");
            }

            Space();
            return (int)value;
        }

        public string Text() => TextOrNull() ?? throw Error("a string, not ~");

        public string? TextOrNull()
        {
            if (_position < _text.Length && _text[_position] == '~')
            {
                _position++;
                Space();
                return null;
            }

            int start = _position;
            long length = 0;
            while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9' && length <= _text.Length)
            {
                length = (length * 10) + (_text[_position] - '0');
                _position++;
            }

            if (_position == start || _position >= _text.Length || _text[_position] != ':' || length > _text.Length - _position - 1)
            {
                throw Error("a string (length:characters)");
            }

            string value = _text.Substring(_position + 1, (int)length);
            _position += 1 + (int)length;
            Space();
            return value;
        }

        public SorConflictRule Conflict()
        {
            string name = Text();
            return name switch
            {
                nameof(SorConflictRule.OwnerWins) => SorConflictRule.OwnerWins,
                nameof(SorConflictRule.OwnerUnlessBlank) => SorConflictRule.OwnerUnlessBlank,
                nameof(SorConflictRule.TargetIfBlank) => SorConflictRule.TargetIfBlank,
                _ => throw Error("a conflict rule"),
            };
        }

        public void End()
        {
            if (_position != _text.Length)
            {
                throw Error("the end of the part");
            }
        }

        public FormatException Error(string expected) => new FormatException(
            string.Format(
                CultureInfo.InvariantCulture,
                "The generated model table is malformed: expected {0} at character {1} of part {2}. Regenerate the code with the SorAnalyzers generator that matches this runtime.",
                expected,
                _position,
                _part));

        private void Space()
        {
            if (_position >= _text.Length || _text[_position] != ' ')
            {
                throw Error("a space after an item");
            }

            _position++;
        }
    }
}
