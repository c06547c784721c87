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
    // Where to report: a location, or the syntax whose location it is, asked only when a diagnostic is made (almost
    // every write is allowed, and a node's location walks its tokens).
    private readonly Location? _location;
    private readonly SyntaxNode? _syntax;

    /// <param name="field">The model's field when the finder has it in hand, else looked up by key when checked.</param>
    public FieldWrite(string key, Location location, string? viewSystem, string? viewFlow, FieldDefinition? field = null)
    {
        Key = key;
        _location = location;
        _syntax = null;
        ViewSystem = viewSystem;
        ViewFlow = viewFlow;
        Field = field;
    }

    /// <summary>A write reported at <paramref name="syntax"/>'s location.</summary>
    public FieldWrite(string key, SyntaxNode syntax, string? viewSystem, string? viewFlow, FieldDefinition? field)
    {
        Key = key;
        _location = null;
        _syntax = syntax;
        ViewSystem = viewSystem;
        ViewFlow = viewFlow;
        Field = field;
    }

    private FieldWrite(FieldWrite write, string? viewSystem, string? viewFlow)
    {
        Key = write.Key;
        _location = write._location;
        _syntax = write._syntax;
        ViewSystem = viewSystem;
        ViewFlow = viewFlow;
        Field = write.Field;
    }

    public string Key { get; }

    public Location Location => _location ?? _syntax!.GetLocation();

    public string? ViewSystem { get; }

    public string? ViewFlow { get; }

    /// <summary>The field of <see cref="Key"/> when known without a lookup; null does not mean the model lacks it.</summary>
    public FieldDefinition? Field { get; }

    /// <summary>The same write, landing in <paramref name="system"/>.</summary>
    public FieldWrite LandingIn(string system) => new(this, system, null);
}
