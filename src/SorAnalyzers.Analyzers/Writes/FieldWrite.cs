using Microsoft.CodeAnalysis;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// One write of a model field found in C#: the field's key, where to report it, and where the write lands
/// when it goes through a view (<c>[SorView(System = …)]</c> or <c>[SorView(Flow = …)]</c>); null when
/// the target says nothing about its system (a <c>SorRecord</c>, a hand-written DTO).
/// </summary>
internal readonly struct FieldWrite
{
    public FieldWrite(string key, Location location, string? viewSystem, string? viewFlow)
    {
        Key = key;
        Location = location;
        ViewSystem = viewSystem;
        ViewFlow = viewFlow;
    }

    public string Key { get; }

    public Location Location { get; }

    public string? ViewSystem { get; }

    public string? ViewFlow { get; }
}
