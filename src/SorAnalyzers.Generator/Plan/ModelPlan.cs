using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Plan;

// What the emitters need, decided once: every C# name chosen, every type mapped, every text the docs
// show. No spans: moving a line in the YAML leaves the plan equal, so nothing is emitted again.

/// <summary>The whole generation for one model.</summary>
internal sealed record ModelPlan(
    string Namespace,
    string? Name,
    string? Version,
    bool Nullable,
    EquatableArray<SystemPlan> Systems,
    EquatableArray<FlowPlan> Flows,
    EquatableArray<EnumPlan> Enums,
    EquatableArray<EntityPlan> Entities,
    EquatableArray<ViewGroupPlan> SystemViews,
    EquatableArray<ViewGroupPlan> FlowViews)
{
    /// <summary>Every view of the plan by full name (<see cref="ViewPlan.FullName"/>), system views first.</summary>
    public IEnumerable<string> ViewNames => SystemViews.Concat(FlowViews).SelectMany(g => g.Views.Select(v => ViewPlan.FullName(g, v)));
}

/// <summary>A system: its id constant (<see cref="Identifier"/> in SorSystems) and its views' namespace.</summary>
internal sealed record SystemPlan(
    string Id,
    string Identifier,
    string? Title,
    string? BusinessOwner,
    string? TechnicalOwner,
    string? Description,
    bool ReadOnly);

/// <summary>A flow: its id constant in SorFlows and the metadata its SorFlowInfo carries.</summary>
internal sealed record FlowPlan(
    string Id,
    string Identifier,
    string From,
    string To,
    string? Frequency,
    string Conflict,
    string? ErrorOwner,
    string? Impact,
    string? Description,
    string Direction);

/// <summary>The C# enum of an enum field.</summary>
internal sealed record EnumPlan(string Identifier, string FieldKey, string? Description, EquatableArray<EnumMemberPlan> Members);

internal sealed record EnumMemberPlan(string Value, string Identifier);

/// <summary>An entity's class of descriptors in SorFields.</summary>
internal sealed record EntityPlan(string Name, string Identifier, string? Description, EquatableArray<FieldPlan> Fields);

/// <summary>One field descriptor and what its docs say.</summary>
internal sealed record FieldPlan(
    string Entity,
    string Name,
    string Identifier,
    ValueTypePlan Type,
    string Owner,
    string OwnerText,
    string? Description,
    string Direction,
    EquatableArray<string> HeldBy,
    EquatableArray<string> Flows,
    bool Pii,
    bool Required,
    bool Immutable,
    string? Deprecated)
{
    /// <summary>"Account.Arr".</summary>
    public string Key => Entity + "." + Name;

    /// <summary>"billing: metadata.arr, crm: AnnualRevenue": each system's own name for the field (<c>names:</c>), or null.</summary>
    public string? SystemNames { get; init; }
}

/// <summary>
/// A field's C# type. <see cref="IsReference"/>: a string, nullable in views (a record may lack it).
/// <see cref="ModelName"/> is the type as the model writes it.
/// </summary>
internal sealed record ValueTypePlan(string CSharp, bool IsReference, string ModelName);

/// <summary>
/// The views in one namespace: a system's (<c>N.Crm</c>) or a flow's (<c>N.Flows.BillingToCrm</c>). What the views
/// are, after the entity name ("as crm (Salesforce) holds it"), the emitter says from the system's or flow's plan.
/// </summary>
internal sealed record ViewGroupPlan(
    string Id,
    bool IsFlow,
    string Namespace,
    string HintName,
    EquatableArray<ViewPlan> Views);

/// <summary>
/// One view class: an entity as a system holds it, or as a flow writes it into its target. A flow's view
/// names <see cref="SourceView"/>, the source system's view of the entity (<c>ApplyFrom</c> takes it).
/// </summary>
internal sealed record ViewPlan(string Entity, string Identifier, EquatableArray<ViewPropertyPlan> Properties, string? SourceView = null)
{
    /// <summary>How the plan names a view's type (<c>global::N.Billing.Account</c>); <see cref="SourceView"/> is the same form.</summary>
    public static string FullName(ViewGroupPlan group, ViewPlan view) => "global::" + group.Namespace + "." + view.Identifier;
}

/// <summary>The views a project gets, with their members, apart from the core plan (<see cref="ModelPlanner.PlanViews"/>).</summary>
internal sealed record ViewsPlan(EquatableArray<ViewGroupPlan> SystemViews, EquatableArray<ViewGroupPlan> FlowViews);

/// <summary>A view property: reads the field from the record; <see cref="Settable"/> where this view may write it.</summary>
internal sealed record ViewPropertyPlan(
    string FieldName,
    string Identifier,
    string DescriptorPath,
    ValueTypePlan Type,
    bool Settable,
    string? Description,
    string OwnerText,
    string Direction,
    string Access,
    string? Deprecated);
