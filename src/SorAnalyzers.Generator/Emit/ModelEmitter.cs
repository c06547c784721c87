using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Generator.Plan;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// The generated files of one plan, in a fixed order: the API's core (ids, enums, descriptors, catalog) and,
/// apart, the views (all of the plan's, or those a project gets: <see cref="Input.ViewsHere"/>), so choosing another
/// view re-emits no core file.
/// </summary>
internal static class ModelEmitter
{
    /// <summary>The core, and every view of the plan, public (what <c>SorViews=all</c> gives the model's home).</summary>
    public static EquatableArray<GeneratedFile> Emit(ModelPlan plan)
        => Core(plan).Concat(Views(plan, isPublic: true)).ToEquatableArray();

    public static EquatableArray<GeneratedFile> Core(ModelPlan plan)
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
        return files.ToEquatableArray();
    }

    /// <summary>
    /// The plan's views, a file per system or flow: every view of the model, or the ones a project gets
    /// (<see cref="ModelPlanner.PlanViews"/> keeps only those).
    /// </summary>
    public static EquatableArray<GeneratedFile> Views(ModelPlan plan, bool isPublic)
    {
        var files = new List<GeneratedFile>();
        foreach (ViewGroupPlan group in plan.SystemViews)
        {
            files.Add(ViewsEmitter.Emit(plan, group, isPublic));
        }

        var flows = new Dictionary<string, FlowPlan>(System.StringComparer.Ordinal);
        foreach (FlowPlan flow in plan.Flows)
        {
            flows[flow.Id] = flow;
        }

        foreach (ViewGroupPlan group in plan.FlowViews)
        {
            files.Add(ViewsEmitter.Emit(plan, group, isPublic, flows[group.Id]));
        }

        return files.ToEquatableArray();
    }
}
