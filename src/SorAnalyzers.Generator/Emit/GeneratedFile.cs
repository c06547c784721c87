namespace SorAnalyzers.Generator.Emit;

/// <summary>One generated source: its hint name and text. Compares by value, so unchanged text is not re-added.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
