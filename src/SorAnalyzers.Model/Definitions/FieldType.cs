namespace SorAnalyzers.Model.Definitions;

/// <summary>The value types a field can have (format 1).</summary>
public enum FieldType
{
    String,
    Int,
    Long,
    Decimal,
    Double,
    Bool,
    Date,
    DateTime,
    Guid,
    Enum,
}
