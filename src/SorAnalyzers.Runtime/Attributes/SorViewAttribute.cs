using System;

namespace SorAnalyzers;

/// <summary>
/// Declares that the marked type is a view of one entity: either as held by a system
/// (<see cref="System"/> set) or as written by a flow into its target (<see cref="Flow"/> set).
/// The analyzers read it to know which system a write through the view lands in.
/// </summary>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct,
    AllowMultiple = false,
    Inherited = false)]
public sealed class SorViewAttribute : Attribute
{
    /// <summary>Declares a view of <paramref name="entity"/>.</summary>
    /// <param name="entity">The entity name as written in the model (<c>"Account"</c>).</param>
    public SorViewAttribute(string entity)
    {
        Entity = entity;
    }

    /// <summary>The entity name as written in the model.</summary>
    public string Entity { get; }

    /// <summary>The id of the system whose copy of the entity the view shows, or <see langword="null"/>.</summary>
    public string? System { get; set; }

    /// <summary>The id of the flow whose target the view writes, or <see langword="null"/>.</summary>
    public string? Flow { get; set; }
}
