using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Analyzers.Baselines;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Resolution;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Decides whether one write goes with the model's direction: in a system's context only the fields that
/// system owns; in a flow's context only the fields the flow carries, and only into its target. Returns the
/// diagnostic to report, or null when the write is allowed.
/// </summary>
internal static class DirectionCheck
{
    /// <param name="containing">The member whose code writes (named in the diagnostic's properties, for baselines and fixes; only spelled out when a diagnostic is made).</param>
    public static Diagnostic? Check(OwnershipModel model, FieldDefinition field, CodeContext? context, FieldWrite write, ISymbol? containing)
    {
        if (context is null)
        {
            return NoContext(model, field, write, Baseline.MemberName(containing));
        }

        if (context.IsBroken)
        {
            return null; // reported on the attribute (or the MSBuild property) instead
        }

        string? landing = LandingOf(model, write);
        if (landing is not null && landing != context.WritesInto)
        {
            return Diagnostic.Create(
                WriteRules.WrongSystem, write.Location, Fields(field, Baseline.MemberName(containing)), field.Key, DescribeLanding(write, landing), context.Describe(), context.WritesInto);
        }

        if (context.Flow is { } flow && write.ViewFlow is not null && write.ViewFlow != flow.Id)
        {
            return Diagnostic.Create(
                WriteRules.WrongSystem, write.Location, Fields(field, Baseline.MemberName(containing)), field.Key, DescribeLanding(write, landing ?? flow.To), context.Describe(), flow.To + " through its own views");
        }

        if (context.System is { } system)
        {
            return model.Owns(system.Id, field) ? null : NotOwner(model, field, system, write, Baseline.MemberName(containing));
        }

        FlowDefinition carrier = context.Flow!;
        return carrier.Carries(field.Key) ? null : NotCarried(model, field, carrier, write, Baseline.MemberName(containing));
    }

    private static Diagnostic NotOwner(OwnershipModel model, FieldDefinition field, SystemDefinition system, FieldWrite write, string member)
    {
        FieldHolding? holding = model.HoldingOf(system.Id, field.Key);
        string copy = holding?.ViaFlow is { } via
            ? $"{system.Id} holds a read-only copy delivered by flow {via}"
            : $"{system.Id} does not hold it (no flow delivers it there)";
        return Diagnostic.Create(WriteRules.NotOwner, write.Location, Fields(field, member), field.Key, OwnerName(model, field), copy, field.Owner);
    }

    private static Diagnostic NotCarried(OwnershipModel model, FieldDefinition field, FlowDefinition flow, FieldWrite write, string member)
    {
        bool canCarry = CanCarry(model, flow, field);
        string advice;
        if (!CarryRule.MayEnter(flow, field))
        {
            advice = $"{flow.To} owns it, so only a targetIfBlank flow may fill it there: change it in {flow.To}";
        }
        else if (!model.Holds(flow.From, field.Key))
        {
            advice = $"{flow.From} does not hold it, so this flow cannot carry it (owned by {OwnerName(model, field)}; {model.DirectionOf(field.Key)})";
        }
        else
        {
            advice = $"add {field.Key} to the flow's fields in the model if it should carry it";
        }

        string carriers = string.Join(", ", model.FlowsCarrying(field.Key).Where(f => f.To == flow.To).Select(f => f.Id));
        if (carriers.Length > 0)
        {
            advice += $"; into {flow.To} it is carried by {carriers}";
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(WriteProperties.FieldKey, field.Key);
        properties.Add(WriteProperties.Member, member);
        properties.Add(WriteProperties.Flow, flow.Id);
        if (canCarry)
        {
            properties.Add(WriteProperties.CanCarry, "true");
        }

        return Diagnostic.Create(WriteRules.NotCarried, write.Location, properties.ToImmutable(), field.Key, flow.Id, flow.DirectionText, advice);
    }

    private static Diagnostic NoContext(OwnershipModel model, FieldDefinition field, FieldWrite write, string member)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(WriteProperties.FieldKey, field.Key);
        properties.Add(WriteProperties.Member, member);
        properties.Add(WriteProperties.Contexts, string.Join(";", PlausibleContexts(model, field, write)));
        return Diagnostic.Create(WriteRules.NoContext, write.Location, properties.ToImmutable(), field.Key, OwnerName(model, field));
    }

    /// <summary>The owner (when the write may land there), then every flow that carries the field where the write lands.</summary>
    private static IEnumerable<string> PlausibleContexts(OwnershipModel model, FieldDefinition field, FieldWrite write)
    {
        string? landing = LandingOf(model, write);
        if (write.ViewFlow is null && (landing is null || landing == field.Owner))
        {
            yield return ContextKey.System(field.Owner).Encode();
        }

        foreach (FlowDefinition flow in model.FlowsCarrying(field.Key))
        {
            if ((write.ViewFlow is null || write.ViewFlow == flow.Id) && (landing is null || landing == flow.To))
            {
                yield return ContextKey.Flow(flow.Id).Encode();
            }
        }
    }

    /// <summary>The model would accept the field in the flow's list (<see cref="CarryRule"/>), and it is not there yet.</summary>
    public static bool CanCarry(OwnershipModel model, FlowDefinition flow, FieldDefinition field)
        => model.MayCarry(flow, field) && !flow.Carries(field.Key);

    private static string? LandingOf(OwnershipModel model, FieldWrite write)
        => write.ViewSystem ?? (write.ViewFlow is { } id ? model.FindFlow(id)?.To : null);

    private static string DescribeLanding(FieldWrite write, string landing)
        => write.ViewFlow is { } id ? $"{landing} through the view of flow {id}" : $"{landing}'s copy";

    private static string OwnerName(OwnershipModel model, FieldDefinition field) => model.DescribeOwner(field.Owner);

    private static ImmutableDictionary<string, string?> Fields(FieldDefinition field, string member)
        => ImmutableDictionary<string, string?>.Empty.Add(WriteProperties.FieldKey, field.Key).Add(WriteProperties.Member, member);
}
