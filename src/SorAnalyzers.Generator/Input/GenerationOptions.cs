namespace SorAnalyzers.Generator.Input;

/// <summary>
/// The few facts about the consuming project that the generated code depends on, selected from the
/// compilation, parse and config options so that the pipeline never holds those objects.
/// </summary>
/// <param name="RootNamespace"><c>build_property.RootNamespace</c>, the namespace when the model names none.</param>
/// <param name="HasDateOnly">Whether <c>System.DateOnly</c> exists (net6+): <c>date</c> fields use it, else <c>DateTime</c>.</param>
/// <param name="Nullable">Whether the language version has nullable reference types (C# 8+): <c>#nullable enable</c> and <c>string?</c>.</param>
internal sealed record GenerationOptions(string? RootNamespace, bool HasDateOnly, bool Nullable);
