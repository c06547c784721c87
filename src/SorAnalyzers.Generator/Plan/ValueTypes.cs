using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.Generator.Plan;

/// <summary>
/// The C# type of each model type. <c>datetime</c> is <see cref="System.DateTimeOffset"/>: a point in
/// time that keeps its offset, which is what SaaS APIs exchange; <c>date</c> is a calendar date.
/// </summary>
internal static class ValueTypes
{
    public static ValueTypePlan Of(FieldType type, string? enumType, bool hasDateOnly) => type switch
    {
        FieldType.String => new("string", true, "string"),
        FieldType.Int => new("int", false, "int"),
        FieldType.Long => new("long", false, "long"),
        FieldType.Decimal => new("decimal", false, "decimal"),
        FieldType.Double => new("double", false, "double"),
        FieldType.Bool => new("bool", false, "bool"),
        FieldType.Date => new(hasDateOnly ? "global::System.DateOnly" : "global::System.DateTime", false, "date"),
        FieldType.DateTime => new("global::System.DateTimeOffset", false, "datetime"),
        FieldType.Guid => new("global::System.Guid", false, "guid"),
        _ => new(enumType ?? "int", false, "enum"),
    };
}
