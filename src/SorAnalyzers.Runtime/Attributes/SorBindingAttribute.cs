using System;

namespace SorAnalyzers;

/// <summary>
/// Declares that a C# type holds one system's records of one entity of the ownership model, so that writes
/// to its members (and to the keys of its string-keyed bags) are checked like writes to a view of that
/// system: <c>[assembly: SorBinding(typeof(Stripe.CustomerUpdateOptions), "billing", "Account")]</c> for a
/// type of another assembly, or <c>[SorBinding("warehouse", "Account")]</c> on a type of your own.
/// A member maps to a field by, in order: a <see cref="SorBindingMemberAttribute"/> for it; the system's
/// <c>names:</c> entry of a field, matched against the member's serialized name
/// (<c>[JsonPropertyName]</c>, <c>[JsonProperty]</c>, <c>[DataMember(Name = …)]</c>) or its C# name; the
/// name of a field that has no <c>names:</c> entry for the system. A type may hold fields of several
/// entities: declare one binding per entity.
/// </summary>
[AttributeUsage(
    AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface,
    AllowMultiple = true,
    Inherited = false)]
public sealed class SorBindingAttribute : Attribute
{
    /// <summary>Binds <paramref name="type"/> (any type, a third party's included) to <paramref name="system"/>'s records of <paramref name="entity"/>. For <c>[assembly: …]</c>.</summary>
    /// <param name="type">The bound type (<c>typeof(Stripe.CustomerUpdateOptions)</c>).</param>
    /// <param name="system">The id of the system whose records the type holds (<c>"billing"</c>).</param>
    /// <param name="entity">The entity name as written in the model (<c>"Account"</c>).</param>
    public SorBindingAttribute(Type type, string system, string entity)
    {
        Type = type;
        System = system;
        Entity = entity;
    }

    /// <summary>Binds the marked type to <paramref name="system"/>'s records of <paramref name="entity"/>.</summary>
    /// <param name="system">The id of the system whose records the type holds (<c>"warehouse"</c>).</param>
    /// <param name="entity">The entity name as written in the model (<c>"Account"</c>).</param>
    public SorBindingAttribute(string system, string entity)
    {
        System = system;
        Entity = entity;
    }

    /// <summary>The bound type when the attribute is on the assembly; <see langword="null"/> on the type itself.</summary>
    public Type? Type { get; }

    /// <summary>The id of the system whose records the type holds.</summary>
    public string System { get; }

    /// <summary>The entity name as written in the model.</summary>
    public string Entity { get; }

    /// <summary>
    /// Every writable member (and every bag key) of the type is one of the entity's fields: a write to one
    /// that maps to no field is reported (SOR0125). Without it, such a write is not a model write.
    /// </summary>
    public bool Complete { get; set; }
}
