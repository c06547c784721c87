using System;

namespace SorAnalyzers;

/// <summary>
/// Declares a method of a bound type (see <see cref="SorBindingAttribute"/>) that writes the value of the
/// field whose system name it takes as a string, such as Dataverse's <c>Entity.SetAttributeValue(string, object)</c>
/// or Stripe's <c>BaseOptions.AddExtraParam(string, object)</c>:
/// <c>[assembly: SorBindingWriter(typeof(Entity), nameof(Entity.SetAttributeValue))]</c>. A call with a
/// constant name is checked like a write to the field the bound system calls by that name.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class SorBindingWriterAttribute : Attribute
{
    /// <summary>Declares every method named <paramref name="method"/> of <paramref name="type"/> a writer. For <c>[assembly: …]</c>.</summary>
    /// <param name="type">The type that declares the method (the bound type or one of its base types).</param>
    /// <param name="method">The method's name (<c>nameof(Entity.SetAttributeValue)</c>).</param>
    public SorBindingWriterAttribute(Type type, string method)
    {
        Type = type;
        Method = method;
    }

    /// <summary>Declares the marked method (of a bound type of your own) a writer.</summary>
    public SorBindingWriterAttribute()
    {
    }

    /// <summary>The type that declares the method when the attribute is on the assembly.</summary>
    public Type? Type { get; }

    /// <summary>The method's name when the attribute is on the assembly.</summary>
    public string? Method { get; }

    /// <summary>The name of the parameter that takes the field's system name; by default the first <see cref="string"/> parameter.</summary>
    public string? KeyParameter { get; set; }
}
