using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SorAnalyzers.Generator.Plan;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// The model's flows and fields in the compact text that <c>SorAnalyzers.SorModelTable</c> reads (its
/// remarks define the format): one part for the flows, then one per entity. Every descriptor then costs
/// the compiler one short call instead of a constructor call carrying all of its metadata.
/// </summary>
internal static class ModelTableText
{
    public const int Version = 1;

    private const int PiiFlag = 1;
    private const int RequiredFlag = 2;
    private const int ImmutableFlag = 4;

    public static string Flows(ModelPlan plan)
    {
        var text = new StringBuilder();
        Number(text, Version);
        Number(text, plan.Flows.Count);
        foreach (FlowPlan flow in plan.Flows)
        {
            Text(text, flow.Id);
            Text(text, flow.From);
            Text(text, flow.To);
            Text(text, flow.Frequency);
            Text(text, flow.Conflict);
            Text(text, flow.ErrorOwner);
        }

        return text.ToString();
    }

    public static string Entity(EntityPlan entity, IReadOnlyDictionary<string, int> flowIndex)
    {
        var text = new StringBuilder();
        Text(text, entity.Name);
        Number(text, entity.Fields.Count);
        foreach (FieldPlan field in entity.Fields)
        {
            Text(text, field.Name);
            Text(text, field.Owner);
            Number(text, field.HeldBy.Count);
            foreach (string system in field.HeldBy)
            {
                Text(text, system);
            }

            Number(text, field.Flows.Count);
            foreach (string flow in field.Flows)
            {
                Number(text, flowIndex[flow]);
            }

            Text(text, field.Description);
            Number(text, (field.Pii ? PiiFlag : 0) | (field.Required ? RequiredFlag : 0) | (field.Immutable ? ImmutableFlag : 0));
            Text(text, field.Deprecated);
        }

        return text.ToString();
    }

    public static Dictionary<string, int> FlowIndex(ModelPlan plan)
        => plan.Flows.Select((flow, index) => (flow.Id, index)).ToDictionary(p => p.Id, p => p.index);

    private static void Number(StringBuilder text, int value)
        => text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(' ');

    private static void Text(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("~ ");
            return;
        }

        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(' ');
    }
}
