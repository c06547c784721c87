using System;

namespace SorAnalyzers;

/// <summary>
/// Maps one member of a bound type (see <see cref="SorBindingAttribute"/>) to a model field explicitly,
/// before any name matching: <c>[assembly: SorBindingMember(typeof(Stripe.CustomerUpdateOptions),
/// nameof(Stripe.CustomerUpdateOptions.Email), "Account.BillingEmail")]</c>. The member may name a key of a
/// string-keyed bag member: <c>nameof(CustomerUpdateOptions.Metadata) + ".arr"</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class SorBindingMemberAttribute : Attribute
{
    /// <summary>Maps <paramref name="member"/> of <paramref name="type"/> to the field <paramref name="field"/>.</summary>
    /// <param name="type">The bound type that declares or inherits the member.</param>
    /// <param name="member">The member's C# name (<c>nameof(T.Member)</c>), or <c>"Member.key"</c> for a key of a bag member.</param>
    /// <param name="field">The model field, <c>"Entity.Field"</c>; its entity must be one the type is bound to.</param>
    public SorBindingMemberAttribute(Type type, string member, string field)
    {
        Type = type;
        Member = member;
        Field = field;
    }

    /// <summary>The bound type.</summary>
    public Type Type { get; }

    /// <summary>The member's C# name, or <c>"Member.key"</c> for a key of a bag member.</summary>
    public string Member { get; }

    /// <summary>The model field, <c>"Entity.Field"</c>.</summary>
    public string Field { get; }
}
