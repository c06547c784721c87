namespace SorAnalyzers;

/// <summary>Value comparison shared by records, flow application and the loop guard.</summary>
internal static class SorValues
{
    /// <summary>Whether two stored values are the same: both absent, or equal (<see cref="object.Equals(object, object)"/>).</summary>
    public static bool Same(object? a, object? b) => a is null ? b is null : a.Equals(b);
}
