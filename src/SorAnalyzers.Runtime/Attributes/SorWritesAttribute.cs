using System;

namespace SorAnalyzers;

/// <summary>
/// Marks a parameter whose argument names the field the method writes: a <see cref="SorField"/>
/// descriptor or a constant string <c>"Entity.Field"</c>. The analyzers check each call as a write
/// to that field. <see cref="SorRecord.Set{T}(SorField{T}, T)"/> carries it; it may also be put on
/// hand-written integration methods.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class SorWritesAttribute : Attribute
{
}
