using System;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// One write of a model field found in C#: the field's key, where to report it, and where the write lands
/// when it goes through a view (<c>[SorView(System = …)]</c> or <c>[SorView(Flow = …)]</c>); null when
/// the target says nothing about its system (a <c>SorRecord</c>, a hand-written DTO).
/// </summary>
internal readonly struct FieldWrite
{
    /// <summary>Where a write is reported: the location of the operation's syntax.</summary>
    public static readonly Func<IOperation, Location> AtSyntax = operation => operation.Syntax.GetLocation();

    // Where to report: a location, or an operation and how to place the write at it, asked only when a diagnostic is
    // made (almost every write is allowed, and a node's location walks its tokens).
    private readonly Location? _location;
    private readonly IOperation? _at;
    private readonly Func<IOperation, Location>? _locate;

    /// <param name="field">The model's field when the finder has it in hand, else looked up by key when checked.</param>
    public FieldWrite(string key, Location location, string? viewSystem, string? viewFlow, FieldDefinition? field = null)
    {
        Key = key;
        _location = location;
        _at = null;
        _locate = null;
        ViewSystem = viewSystem;
        ViewFlow = viewFlow;
        Field = field;
        OtherModel = null;
    }

    /// <summary>A write reported where <paramref name="locate"/> places it at <paramref name="at"/> (a static delegate: nothing is allocated).</summary>
    /// <param name="otherModel">The namespace of the other model a referenced member was generated from (<see cref="ModelMember.OtherModel"/>).</param>
    public FieldWrite(string key, IOperation at, Func<IOperation, Location> locate, string? viewSystem, string? viewFlow, FieldDefinition? field, string? otherModel = null)
    {
        Key = key;
        _location = null;
        _at = at;
        _locate = locate;
        ViewSystem = viewSystem;
        ViewFlow = viewFlow;
        Field = field;
        OtherModel = otherModel;
    }

    private FieldWrite(FieldWrite write, string? viewSystem, string? viewFlow)
    {
        Key = write.Key;
        _location = write._location;
        _at = write._at;
        _locate = write._locate;
        ViewSystem = viewSystem;
        ViewFlow = viewFlow;
        Field = write.Field;
        OtherModel = write.OtherModel;
    }

    public string Key { get; }

    public Location Location => _location ?? _locate!(_at!);

    public string? ViewSystem { get; }

    public string? ViewFlow { get; }

    /// <summary>The field of <see cref="Key"/> when known without a lookup; null does not mean the model lacks it.</summary>
    public FieldDefinition? Field { get; }

    /// <summary>The namespace of the other model the member written was generated from, else null (<see cref="ModelMember.OtherModel"/>).</summary>
    public string? OtherModel { get; }

    /// <summary>The same write, landing in <paramref name="system"/>.</summary>
    public FieldWrite LandingIn(string system) => new(this, system, null);
}
