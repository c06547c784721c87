using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Generator.Plan;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// The generated files of one plan, in a fixed order: the API's core (ids, enums, descriptors, catalog) and,
/// apart, the views a project gets (<see cref="Input.ViewsHere"/>), so choosing another view re-emits no core file.
/// </summary>
internal static class ModelEmitter
{
    /// <summary>The core, and every view of the plan, public (what <c>SorViews=all</c> gives the model's home).</summary>
    public static EquatableArray<GeneratedFile> Emit(ModelPlan plan)
        => Core(plan).Concat(Views(plan, AllViews(plan), isPublic: true)).ToEquatableArray();

    public static IEnumerable<string> AllViews(ModelPlan plan)
        => plan.SystemViews.Concat(plan.FlowViews).SelectMany(g => g.Views.Select(v => Input.ViewChoice.FullName(g, v)));

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

    /// <summary>The named views (full names, as <see cref="Input.ViewChoice"/> gives them), a file per system or flow that has any.</summary>
    public static EquatableArray<GeneratedFile> Views(ModelPlan plan, IEnumerable<string> views, bool isPublic)
    {
        var wanted = new HashSet<string>(views, System.StringComparer.Ordinal);
        var files = new List<GeneratedFile>();
        foreach (ViewGroupPlan group in plan.SystemViews)
        {
            if (Only(group, wanted) is { } chosen)
            {
                files.Add(ViewsEmitter.Emit(plan, chosen, isPublic));
            }
        }

        var flows = new Dictionary<string, FlowPlan>(System.StringComparer.Ordinal);
        foreach (FlowPlan flow in plan.Flows)
        {
            flows[flow.Id] = flow;
        }

        foreach (ViewGroupPlan group in plan.FlowViews)
        {
            if (Only(group, wanted) is { } chosen)
            {
                files.Add(ViewsEmitter.Emit(plan, chosen, isPublic, flows[group.Id]));
            }
        }

        return files.ToEquatableArray();
    }

    private static ViewGroupPlan? Only(ViewGroupPlan group, HashSet<string> wanted)
    {
        var views = group.Views.Where(v => wanted.Contains(Input.ViewChoice.FullName(group, v))).ToEquatableArray();
        return views.Count == 0 ? null : views.Count == group.Views.Count ? group : group with { Views = views };
    }
}
