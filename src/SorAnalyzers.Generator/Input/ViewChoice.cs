using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SorAnalyzers.Generator.Plan;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Input;

/// <summary>
/// Which view classes a project gets. With <c>SorViews=all</c>, every one. By default (<c>used</c>), those
/// its C# names: a view when one file spells both its system or flow (the namespace's last name,
/// <c>Billing</c> or <c>BillingToCrm</c>, in a <c>using</c>, a qualified name, a <c>cref</c>, a constant such as
/// <c>SorFlows.BillingToCrm</c>; or the id as a string, as in <c>[SorFlow("billing-to-crm")]</c>; or any file
/// imports the namespace with <c>global using</c>, or the project's <c>SorSystem</c>/<c>SorFlow</c> property
/// names it) and its class name (<c>Account</c>); plus, for a flow view, the source system's view its
/// <c>ApplyFrom</c> takes. A view costs the compiler about as much as its members, so a project pays for the
/// views it uses, not for the model's size. A name spelt for another reason only adds a view: never one too few.
/// </summary>
/// <param name="Views">The chosen views' full names (<c>global::N.Billing.Account</c>), sorted.</param>
internal sealed record ViewChoice(EquatableArray<string> Views)
{
    public static ViewChoice None { get; } = new(EquatableArray<string>.Empty);

    /// <summary>True for <c>SorViews=all</c> (<see cref="ProjectProperties.ViewsKey"/>, any case); any other value means the default, <c>used</c> (the package's targets reject others).</summary>
    public static bool AllOf(string? property) => string.Equals(property?.Trim(), "all", StringComparison.OrdinalIgnoreCase);

    /// <param name="files">What each file spells (<see cref="NamesInCode"/>); not read when <paramref name="all"/>.</param>
    /// <param name="context">The project's <c>SorSystem</c> and <c>SorFlow</c> properties (ids; null when unset).</param>
    public static ViewChoice Of(ModelPlan? plan, IReadOnlyList<NamesInCode> files, bool all, ProjectContext? context = null)
    {
        if (plan is null)
        {
            return None;
        }

        var imported = new HashSet<string>(StringComparer.Ordinal);
        var spelt = new List<HashSet<string>>(files.Count);
        var literals = new List<HashSet<string>>(files.Count);
        if (!all)
        {
            foreach (NamesInCode file in files)
            {
                spelt.Add(new HashSet<string>(file.Identifiers, StringComparer.Ordinal));
                literals.Add(new HashSet<string>(file.Strings, StringComparer.Ordinal));
                imported.UnionWith(file.GlobalImports);
            }
        }

        var chosen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (ViewGroupPlan group in plan.FlowViews.Concat(plan.SystemViews))
        {
            string groupName = LastName(group.Namespace);
            bool everywhere = all || imported.Contains(groupName)
                || string.Equals(group.IsFlow ? context?.Flow : context?.System, group.Id, StringComparison.Ordinal);
            foreach (ViewPlan view in group.Views)
            {
                // A file that spells the class name uses the view if the view is in reach everywhere, or if the file also names its system or flow.
                string name = Unescaped(view.Identifier);
                bool used = all;
                for (int f = 0; !used && f < spelt.Count; f++)
                {
                    used = spelt[f].Contains(name) && (everywhere || spelt[f].Contains(groupName) || literals[f].Contains(group.Id));
                }

                if (used)
                {
                    chosen.Add(ViewPlan.FullName(group, view));
                    if (view.SourceView is not null)
                    {
                        chosen.Add(view.SourceView);
                    }
                }
            }
        }

        return new ViewChoice(chosen.ToEquatableArray());
    }

    /// <summary>The name the compiler knows the type by: no <c>global::</c>, no <c>@</c>.</summary>
    public static string MetadataName(string fullName) => fullName.Substring("global::".Length).Replace("@", string.Empty);

    private static string LastName(string ns) => Unescaped(ns.Substring(ns.LastIndexOf('.') + 1));

    private static string Unescaped(string identifier) => identifier.StartsWith("@", StringComparison.Ordinal) ? identifier.Substring(1) : identifier;
}

/// <summary>The project's assembly-wide writing context (<c>SorSystem</c>, <c>SorFlow</c> build properties): ids, or null.</summary>
internal sealed record ProjectContext(string? System, string? Flow)
{
    public static ProjectContext From(string? system, string? flow) => new(ProjectProperties.ContextId(system), ProjectProperties.ContextId(flow));
}

/// <summary>The project's <c>SorViews</c> and context properties, as one step of the pipeline.</summary>
internal sealed record ViewsSettings(bool All, ProjectContext Context);

/// <summary>What every C# file of the project spells, in the compilation's order.</summary>
internal sealed record NamesInProject(EquatableArray<NamesInCode> Files)
{
    public NamesInProject(ImmutableArray<NamesInCode> files)
        : this(new EquatableArray<NamesInCode>(files))
    {
    }
}
