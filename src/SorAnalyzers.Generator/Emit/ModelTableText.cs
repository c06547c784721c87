using System.Collections.Generic;
using SorAnalyzers.Generator.Plan;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// The model's flows and fields in the compact text that <c>SorAnalyzers.SorModelTable</c> reads (its
/// remarks define the format): one part for the flows, then one per entity. Every descriptor then costs
/// the compiler one short call instead of a constructor call carrying all of its metadata. Each part is
/// written straight into a C# string literal's content: numbers, ':', ' ' and '~' need no escape, the
/// model's texts are escaped as they go (a text's length is its own, not its escape's).
/// </summary>
internal static class ModelTableText
{
    public const int Version = 1;

    private const int PiiFlag = 1;
    private const int RequiredFlag = 2;
    private const int ImmutableFlag = 4;

    public static void Flows(CodeWriter literal, ModelPlan plan)
    {
        Number(literal, Version);
        Number(literal, plan.Flows.Count);
        foreach (FlowPlan flow in plan.Flows)
        {
            Text(literal, flow.Id);
            Text(literal, flow.From);
            Text(literal, flow.To);
            Text(literal, flow.Frequency);
            Text(literal, flow.Conflict);
            Text(literal, flow.ErrorOwner);
        }
    }

    public static void Entity(CodeWriter literal, EntityPlan entity, Dictionary<string, int> flowIndex)
    {
        Text(literal, entity.Name);
        Number(literal, entity.Fields.Count);
        foreach (FieldPlan field in entity.Fields)
        {
            Text(literal, field.Name);
            Text(literal, field.Owner);
            Number(literal, field.HeldBy.Count);
            foreach (string system in field.HeldBy)
            {
                Text(literal, system);
            }

            Number(literal, field.Flows.Count);
            foreach (string flow in field.Flows)
            {
                Number(literal, flowIndex[flow]);
            }

            Text(literal, field.Description);
            Number(literal, (field.Pii ? PiiFlag : 0) | (field.Required ? RequiredFlag : 0) | (field.Immutable ? ImmutableFlag : 0));
            Text(literal, field.Deprecated);
        }
    }

    /// <summary>Each flow's position in the flows' part, by id.</summary>
    public static Dictionary<string, int> FlowIndex(ModelPlan plan)
    {
        var index = new Dictionary<string, int>(plan.Flows.Count, System.StringComparer.Ordinal);
        for (int i = 0; i < plan.Flows.Count; i++)
        {
            index[plan.Flows[i].Id] = i;
        }

        return index;
    }

    private static void Number(CodeWriter literal, int value) => literal.Append(value).Append(' ');

    private static void Text(CodeWriter literal, string? value)
    {
        if (value is null)
        {
            literal.Append("~ ");
            return;
        }

        literal.Append(value.Length).Append(':').LiteralContent(value).Append(' ');
    }
}
