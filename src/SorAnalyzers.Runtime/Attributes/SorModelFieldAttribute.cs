using System;

namespace SorAnalyzers;

/// <summary>
/// Declares that the marked property or field <em>is</em> one field of the ownership model, so that
/// a write to it is checked like a write to the model field. Generated descriptors and view
/// properties carry it; it may also be put on hand-written DTO members.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field,
    AllowMultiple = false,
    Inherited = false)]
public sealed class SorModelFieldAttribute : Attribute
{
    /// <summary>Maps the marked member to the model field <paramref name="entity"/>.<paramref name="field"/>.</summary>
    /// <param name="entity">The entity name as written in the model (<c>"Account"</c>).</param>
    /// <param name="field">The field name as written in the model (<c>"Arr"</c>).</param>
    public SorModelFieldAttribute(string entity, string field)
    {
        Entity = entity;
        Field = field;
    }

    /// <summary>The entity name as written in the model.</summary>
    public string Entity { get; }

    /// <summary>The field name as written in the model.</summary>
    public string Field { get; }
}
