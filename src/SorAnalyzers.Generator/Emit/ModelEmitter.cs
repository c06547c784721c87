using System.Collections.Generic;
using SorAnalyzers.Generator.Plan;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Emit;

/// <summary>Every generated file of one plan, in a fixed order.</summary>
internal static class ModelEmitter
{
    public static EquatableArray<GeneratedFile> Emit(ModelPlan plan)
    {
        var files = new List<GeneratedFile>
        {
            ConstantsEmitter.Systems(plan),
            ConstantsEmitter.Flows(plan),
        };

        if (plan.Enums.Count > 0)
        {
            files.Add(EnumsEmitter.Emit(plan));
        }

        files.Add(FieldsEmitter.Emit(plan));
        files.Add(CatalogEmitter.Emit(plan));
        foreach (ViewGroupPlan group in plan.SystemViews)
        {
            files.Add(ViewsEmitter.Emit(plan, group));
        }

        var flows = new Dictionary<string, FlowPlan>(System.StringComparer.Ordinal);
        foreach (FlowPlan flow in plan.Flows)
        {
            flows[flow.Id] = flow;
        }

        foreach (ViewGroupPlan group in plan.FlowViews)
        {
            files.Add(ViewsEmitter.Emit(plan, group, flows[group.Id]));
        }

        return files.ToEquatableArray();
    }
}
