using System;

namespace SorAnalyzers;

/// <summary>
/// Declares that the marked class holds the typed descriptors of one entity of the ownership model
/// (the generated <c>SorFields.Account</c>): each of its static <c>SorField&lt;T&gt;</c> fields is the
/// entity's field whose generated name it has. One attribute per entity instead of a
/// <see cref="SorModelFieldAttribute"/> per descriptor keeps the compile of a large model cheap; the
/// analyzers map a descriptor's name back to its field with the generator's own naming rule.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SorModelEntityAttribute : Attribute
{
    /// <summary>Marks the class as the descriptors of the entity <paramref name="entity"/>.</summary>
    /// <param name="entity">The entity name as written in the model (<c>"Account"</c>).</param>
    public SorModelEntityAttribute(string entity)
    {
        Entity = entity;
    }

    /// <summary>The entity name as written in the model.</summary>
    public string Entity { get; }
}
