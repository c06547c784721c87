using System;
using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.Model.Resolution;

/// <summary>
/// The one definition of which fields a flow may carry. The resolver uses it to work out holdings and to
/// validate flows; the analyzers, the code fixes and the generator see its result through
/// <see cref="FlowDefinition.Carried"/> and <see cref="OwnershipModel.MayCarry"/>, so all of them agree.
/// </summary>
public static class CarryRule
{
    /// <summary>
    /// A flow may carry a field that its source holds, into any system but the field's owner; into the
    /// owner only as a fill (<c>targetIfBlank</c>), which never overwrites the owner's value.
    /// </summary>
    public static bool MayCarry(FlowDefinition flow, FieldDefinition field, Func<string, string, bool> holds)
        => Carries(flow, field, byWildcard: false, holds(flow.From, field.Key));

    /// <summary>
    /// Whether one entry of a flow carries the field, for a caller that already knows whether the flow's source
    /// holds it (<paramref name="sourceHolds"/>): the field must be allowed into the target, by a named entry
    /// (<see cref="MayEnter"/>) or by an <c>Entity.*</c> entry (<see cref="WildcardMayEnter"/>), and held by the source.
    /// </summary>
    public static bool Carries(FlowDefinition flow, FieldDefinition field, bool byWildcard, bool sourceHolds)
        => (byWildcard ? WildcardMayEnter(flow, field) : MayEnter(flow, field)) && sourceHolds;

    /// <summary>Whether the flow may write the field into its target at all, whoever holds it.</summary>
    public static bool MayEnter(FlowDefinition flow, FieldDefinition field)
        => field.Owner != flow.To || flow.Conflict == ConflictRule.TargetIfBlank;

    /// <summary>
    /// Whether an <c>Entity.*</c> entry may write the field into the flow's target at all, whoever holds it: as
    /// <see cref="MayEnter"/>, except never into the owner, even for a fill. "Copy what you have that I don't own":
    /// a wildcard from a system that received a copy of the owner's field would otherwise send it back to the owner.
    /// </summary>
    public static bool WildcardMayEnter(FlowDefinition flow, FieldDefinition field)
        => field.Owner != flow.To;
}
