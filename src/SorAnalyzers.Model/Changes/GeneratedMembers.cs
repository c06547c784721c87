using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Model.Changes;

/// <summary>The generated members of one model that stand for a system, an entity, a field or a flow, named by <see cref="GeneratedNames"/>.</summary>
internal sealed class GeneratedMembers
{
    private readonly OwnershipModel _model;

    public GeneratedMembers(OwnershipModel model)
    {
        _model = model;
        Names = GeneratedNames.Of(model);
    }

    public GeneratedNames Names { get; }

    public string Descriptor(FieldDefinition field) => Names.DescriptorPath(field);

    /// <summary>"Crm.Account.Arr": the property of the field in the system's view, or null when the system does not hold it.</summary>
    public string? SystemViewProperty(string system, FieldDefinition field)
        => Names.SystemViewProperty(system, field.Key) is string property
            ? $"{Names.SystemNamespace(system)}.{Names.SystemViewClass(system, field.Entity)}.{property}"
            : null;

    /// <summary>"Flows.BillingToCrm.Account.Arr", or null when the flow does not carry the field.</summary>
    public string? FlowViewProperty(string flow, FieldDefinition field)
        => Names.FlowViewProperty(flow, field.Key) is string property
            ? $"Flows.{Names.FlowNamespace(flow)}.{Names.FlowViewClass(flow, field.Entity)}.{property}"
            : null;

    /// <summary>The descriptor, every view property, and the enum type: everything generated for the field.</summary>
    public IEnumerable<string> OfField(FieldDefinition field)
    {
        yield return Descriptor(field);
        foreach (FieldHolding holding in _model.HoldersOf(field.Key))
        {
            if (SystemViewProperty(holding.System, field) is string property)
            {
                yield return property;
            }
        }

        foreach (FlowDefinition flow in _model.FlowsCarrying(field.Key))
        {
            if (FlowViewProperty(flow.Id, field) is string property)
            {
                yield return property;
            }
        }

        if (Names.EnumType(field.Key) is string enumType)
        {
            yield return enumType;
        }
    }

    /// <summary>The entity's descriptor class and its view class in every system and flow that has one.</summary>
    public IEnumerable<string> OfEntity(EntityDefinition entity)
    {
        yield return "SorFields." + Names.EntityClass(entity.Name);
        foreach (SystemDefinition system in _model.Systems)
        {
            if (Names.SystemViewClass(system.Id, entity.Name) is string view)
            {
                yield return $"{Names.SystemNamespace(system.Id)}.{view}";
            }
        }

        foreach (FlowDefinition flow in _model.Flows)
        {
            if (Names.FlowViewClass(flow.Id, entity.Name) is string view)
            {
                yield return $"Flows.{Names.FlowNamespace(flow.Id)}.{view}";
            }
        }

        foreach (FieldDefinition field in entity.Fields)
        {
            if (Names.EnumType(field.Key) is string enumType)
            {
                yield return enumType;
            }
        }
    }

    /// <summary>The system's constant and its views' namespace (when it holds anything).</summary>
    public IEnumerable<string> OfSystem(SystemDefinition system)
    {
        yield return "SorSystems." + Names.SystemConstant(system.Id);
        if (_model.Entities.Any(e => Names.SystemViewClass(system.Id, e.Name) is not null))
        {
            yield return Names.SystemNamespace(system.Id) + ".*";
        }
    }

    /// <summary>The flow's constant and its views' namespace (when it carries anything).</summary>
    public IEnumerable<string> OfFlow(FlowDefinition flow)
    {
        yield return "SorFlows." + Names.FlowConstant(flow.Id);
        if (flow.Carried.Count > 0)
        {
            yield return $"Flows.{Names.FlowNamespace(flow.Id)}.*";
        }
    }
}
