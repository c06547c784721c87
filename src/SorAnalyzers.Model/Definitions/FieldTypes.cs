namespace SorAnalyzers.Model.Definitions;

/// <summary>The field types as the model writes them.</summary>
public static class FieldTypes
{
    /// <summary>"string", "decimal", "datetime", "enum"…: the enum member's name in lower case, which is the model's keyword.</summary>
    public static string Name(FieldType type) => type.ToString().ToLowerInvariant();
}
