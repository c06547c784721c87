using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using SorAnalyzers.Generator.Input;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Generator.Plan;

/// <summary>
/// Turns a resolved model into a <see cref="ModelPlan"/>: chooses every C# name (see
/// docs/generated-code.md for the clash rules), maps types, and gathers the text the docs show.
/// </summary>
internal sealed class ModelPlanner
{
    /// <summary>The view classes' own member: the wrapped record.</summary>
    internal const string RecordMember = GeneratedNames.RecordMember;

    /// <summary>A flow view's static member: the flow's metadata.</summary>
    internal const string FlowMember = GeneratedNames.FlowMember;

    /// <summary>A flow view's method that applies the flow from the source system's record.</summary>
    internal const string ApplyMember = GeneratedNames.ApplyMember;

    private readonly OwnershipModel _model;
    private readonly GenerationOptions _options;
    private readonly string _namespace;
    private readonly GeneratedNames _names;
    private readonly HashSet<string> _hintNames = new(StringComparer.OrdinalIgnoreCase);

    // Which views get their members planned (by full name, as ViewChoice names them); null: every view.
    private readonly Func<string, bool>? _viewMembers;

    // Made once per plan, not once per field: each owner's description, and the types of the non-enum fields.
    private readonly Dictionary<string, string> _ownerTexts = new(StringComparer.Ordinal);
    private readonly ValueTypePlan?[] _valueTypes = new ValueTypePlan?[16];

    // Fields share their lists of holders and of flows: a model has far fewer of them than fields.
    private readonly SharedLists _heldBy = new();
    private readonly SharedLists _flowLists = new();

    private ModelPlanner(OwnershipModel model, GenerationOptions options, Func<string, bool>? viewMembers = null)
    {
        _model = model;
        _options = options;
        _viewMembers = viewMembers;
        _namespace = CSharpNamespace(GeneratedNames.NamespaceOf(model.Namespace, options.RootNamespace));
        _names = GeneratedNames.Of(model);
    }

    /// <summary>Everything: the core and every view with its members (what <c>SorViews=all</c> emits).</summary>
    public static ModelPlan Plan(OwnershipModel model, GenerationOptions options) => new ModelPlanner(model, options).Plan(core: true);

    /// <summary>
    /// The core, and every view by name only (no members): what choosing views needs, without the cost of planning
    /// the members of views that a project does not use. <see cref="PlanViews"/> plans the chosen ones.
    /// </summary>
    public static ModelPlan PlanNamingViews(OwnershipModel model, GenerationOptions options) => new ModelPlanner(model, options, NoMembers).Plan(core: true);

    private static readonly Func<string, bool> NoMembers = _ => false;

    /// <summary>The chosen views (full names, as <c>ViewChoice</c> gives them) with their members; no core, no other view.</summary>
    public static ViewsPlan PlanViews(OwnershipModel model, GenerationOptions options, IEnumerable<string> chosen)
    {
        var wanted = new HashSet<string>(chosen, StringComparer.Ordinal);
        ModelPlan plan = new ModelPlanner(model, options, wanted.Contains).Plan(core: false);
        return new ViewsPlan(Only(plan.SystemViews, wanted), Only(plan.FlowViews, wanted));

        static EquatableArray<ViewGroupPlan> Only(EquatableArray<ViewGroupPlan> groups, HashSet<string> wanted) => groups
            .Select(g => g with { Views = g.Views.Where(v => wanted.Contains(ViewPlan.FullName(g, v))).ToEquatableArray() })
            .Where(g => g.Views.Count > 0)
            .ToEquatableArray();
    }

    /// <summary>
    /// The namespace as C# text: a segment that is a keyword is written verbatim (<c>@class</c>), still the namespace
    /// the user named (<see cref="GeneratedNames.NamespaceOf"/> decides which).
    /// </summary>
    internal static string CSharpNamespace(string ns)
        => string.Join(".", ns.Split('.').Select(s => SyntaxFacts.GetKeywordKind(s) == SyntaxKind.None ? s : "@" + s));

    /// <param name="core">False: the views only (the rest of the plan left empty).</param>
    private ModelPlan Plan(bool core)
    {
        EquatableArray<EnumPlan> enums = core ? PlanEnums() : EquatableArray<EnumPlan>.Empty;

        var systems = ImmutableArray.CreateBuilder<SystemPlan>(_model.Systems.Count);
        foreach (SystemDefinition s in _model.Systems)
        {
            systems.Add(new SystemPlan(s.Id, _names.SystemConstant(s.Id), s.Title, s.BusinessOwner, s.TechnicalOwner, s.Description, s.ReadOnly));
        }

        var flows = ImmutableArray.CreateBuilder<FlowPlan>(_model.Flows.Count);
        foreach (FlowDefinition f in _model.Flows)
        {
            flows.Add(new FlowPlan(
                f.Id, _names.FlowConstant(f.Id), f.From, f.To, f.Frequency, ConflictName(f.Conflict), f.ErrorOwner, f.Impact,
                f.Description, _model.DirectionTextOf(f)));
        }

        EquatableArray<EntityPlan> entities = core ? PlanEntities() : EquatableArray<EntityPlan>.Empty;

        var systemViews = new List<ViewGroupPlan>(_model.Systems.Count);
        foreach (SystemDefinition s in _model.Systems)
        {
            if (PlanSystemViews(s, _names.SystemNamespace(s.Id)) is { } group)
            {
                systemViews.Add(group);
            }
        }

        var flowViews = new List<ViewGroupPlan>(_model.Flows.Count);
        foreach (FlowDefinition f in _model.Flows)
        {
            if (PlanFlowViews(f, _names.FlowNamespace(f.Id)) is { } group)
            {
                flowViews.Add(group);
            }
        }

        return new ModelPlan(
            _namespace, _model.Name, _model.Version, _options.Nullable, new EquatableArray<SystemPlan>(systems.MoveToImmutable()),
            new EquatableArray<FlowPlan>(flows.MoveToImmutable()), enums, entities, systemViews.ToEquatableArray(), flowViews.ToEquatableArray());
    }

    /// <summary>The rule's member of <c>SorConflictRule</c> (its name in C#), made once per rule, not per flow.</summary>
    private static string ConflictName(ConflictRule rule)
    {
        int slot = (int)rule;
        return slot >= 0 && slot < ConflictNames.Length ? ConflictNames[slot] ??= rule.ToString() : rule.ToString();
    }

    private static readonly string?[] ConflictNames = new string?[8];

    private EquatableArray<EnumPlan> PlanEnums()
    {
        var enums = new List<EnumPlan>();
        foreach (EntityDefinition entity in _model.Entities)
        {
            foreach (FieldDefinition field in entity.Fields)
            {
                if (field.Type != FieldType.Enum)
                {
                    continue;
                }

                var members = ImmutableArray.CreateBuilder<EnumMemberPlan>(field.EnumValues.Count);
                foreach (string value in field.EnumValues)
                {
                    members.Add(new EnumMemberPlan(value, _names.EnumMember(field.Key, value)));
                }

                enums.Add(new EnumPlan(_names.EnumType(field.Key)!, field.Key, field.Description, new EquatableArray<EnumMemberPlan>(members.MoveToImmutable())));
            }
        }

        return enums.ToEquatableArray();
    }

    private EquatableArray<EntityPlan> PlanEntities()
    {
        var entities = ImmutableArray.CreateBuilder<EntityPlan>(_model.Entities.Count);
        var holders = new List<string>();
        var flowIds = new List<string>();
        foreach (EntityDefinition entity in _model.Entities)
        {
            string className = _names.EntityClass(entity.Name);
            var fields = ImmutableArray.CreateBuilder<FieldPlan>(entity.Fields.Count);
            foreach (FieldDefinition field in entity.Fields)
            {
                IReadOnlyList<FlowDefinition> carriers = _model.FlowsCarrying(field.Key);
                fields.Add(new FieldPlan(
                    field.Entity,
                    field.Name,
                    _names.Descriptor(field.Key),
                    TypeOf(field),
                    field.Owner,
                    OwnerText(field.Owner),
                    field.Description,
                    _model.DirectionOf(field.Key),
                    _heldBy.Of(HeldBy(field, holders)),
                    _flowLists.Of(FlowIds(carriers, flowIds)),
                    field.Pii,
                    field.Required,
                    field.Immutable,
                    field.Deprecated)
                {
                    SystemNames = field.Names.Count == 0 ? null : SystemNames(field.Names),
                });
            }

            entities.Add(new EntityPlan(entity.Name, className, entity.Description, new EquatableArray<FieldPlan>(fields.MoveToImmutable())));
        }

        return new EquatableArray<EntityPlan>(entities.MoveToImmutable());
    }

    private static string SystemNames(EquatableArray<FieldSystemName> names)
    {
        var parts = new string[names.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = names[i].System + ": " + names[i].Name;
        }

        return string.Join(", ", parts);
    }

    /// <summary>The flows' ids, in <paramref name="ids"/> (cleared first).</summary>
    private static List<string> FlowIds(IReadOnlyList<FlowDefinition> flows, List<string> ids)
    {
        ids.Clear();
        for (int i = 0; i < flows.Count; i++)
        {
            ids.Add(flows[i].Id);
        }

        return ids;
    }

    /// <summary>The system's views (by name only, unless chosen), or null when it has none.</summary>
    private ViewGroupPlan? PlanSystemViews(SystemDefinition system, string namespaceName)
    {
        IReadOnlyList<GeneratedNames.ViewNames> named = _names.SystemViews(system.Id);
        if (named.Count == 0)
        {
            HintName("Views", namespaceName);
            return null;
        }

        var views = ImmutableArray.CreateBuilder<ViewPlan>(named.Count);
        foreach (GeneratedNames.ViewNames view in named)
        {
            EntityDefinition entity = view.Entity;
            bool withMembers = !ReferenceEquals(_viewMembers, NoMembers) && WithMembers($"global::{_namespace}.{namespaceName}.{view.ClassName}");
            views.Add(new ViewPlan(entity.Name, view.ClassName, !withMembers ? EquatableArray<ViewPropertyPlan>.Empty
                : ViewProperties(view, f => f.Owner == system.Id, f => HoldingText(system, f))));
        }

        return new ViewGroupPlan(system.Id, false, $"{_namespace}.{namespaceName}", HintName("Views", namespaceName), new EquatableArray<ViewPlan>(views.MoveToImmutable()));
    }

    /// <summary>The flow's views (by name only, unless chosen), or null when it has none.</summary>
    private ViewGroupPlan? PlanFlowViews(FlowDefinition flow, string namespaceName)
    {
        IReadOnlyList<GeneratedNames.ViewNames> named = _names.FlowViews(flow.Id);
        if (named.Count == 0)
        {
            HintName("FlowViews", namespaceName);
            return null;
        }

        string carry = CarryText(flow); // the same for every property of the flow's views
        var views = ImmutableArray.CreateBuilder<ViewPlan>(named.Count);
        foreach (GeneratedNames.ViewNames view in named)
        {
            EntityDefinition entity = view.Entity;
            string className = view.ClassName;
            bool withMembers = !ReferenceEquals(_viewMembers, NoMembers) && WithMembers($"global::{_namespace}.{GeneratedNames.FlowsNamespace}.{namespaceName}.{className}");
            views.Add(new ViewPlan(entity.Name, className, !withMembers ? EquatableArray<ViewPropertyPlan>.Empty : ViewProperties(view, _ => true, _ => carry),
                SourceView(flow.From, entity.Name)));
        }

        return new ViewGroupPlan(flow.Id, true, $"{_namespace}.{GeneratedNames.FlowsNamespace}.{namespaceName}", HintName("FlowViews", namespaceName), new EquatableArray<ViewPlan>(views.MoveToImmutable()));
    }

    /// <summary>
    /// A view's properties, one per field it shows, named as the view's class names them. A system's and a flow's views
    /// differ only in which properties may be written (<paramref name="writable"/>) and in what each property's doc says
    /// about where the value comes from (<paramref name="origin"/>: the system's holding, or the flow's carry).
    /// </summary>
    private EquatableArray<ViewPropertyPlan> ViewProperties(GeneratedNames.ViewNames view, Func<FieldDefinition, bool> writable, Func<FieldDefinition, string> origin)
        => view.Fields.Select(f => new ViewPropertyPlan(
            f.Name,
            view.PropertyOf(f.Key)!,
            DescriptorPath(f),
            TypeOf(f),
            writable(f),
            f.Description,
            OwnerText(f.Owner),
            _model.DirectionOf(f.Key),
            origin(f),
            f.Deprecated)).ToEquatableArray();

    /// <summary>The full name of the system's view of the entity (a flow view's <see cref="ViewPlan.SourceView"/>), or null when it has none.</summary>
    private string? SourceView(string system, string entity)
        => _names.SystemViewClass(system, entity) is { } className ? "global::" + _namespace + "." + _names.SystemNamespace(system) + "." + className : null;

    private bool WithMembers(string viewFullName) => _viewMembers is null || _viewMembers(viewFullName);

    private ValueTypePlan TypeOf(FieldDefinition field)
    {
        if (field.Type == FieldType.Enum)
        {
            return ValueTypes.Of(field.Type, _names.EnumType(field.Key) is string e ? $"global::{_namespace}.{e}" : null, _options.HasDateOnly);
        }

        int slot = (int)field.Type;
        return slot >= 0 && slot < _valueTypes.Length
            ? _valueTypes[slot] ??= ValueTypes.Of(field.Type, null, _options.HasDateOnly)
            : ValueTypes.Of(field.Type, null, _options.HasDateOnly);
    }

    private string DescriptorPath(FieldDefinition field) => $"global::{_namespace}.{_names.DescriptorPath(field)}";

    /// <summary>The holders, owner first (the runtime requires it), each once, in <paramref name="systems"/> (cleared first).</summary>
    private List<string> HeldBy(FieldDefinition field, List<string> systems)
    {
        IReadOnlyList<FieldHolding> holders = _model.HoldersOf(field.Key);
        systems.Clear();
        systems.Add(field.Owner);
        for (int i = 0; i < holders.Count; i++)
        {
            if (!systems.Contains(holders[i].System))
            {
                systems.Add(holders[i].System);
            }
        }

        return systems;
    }

    private string OwnerText(string owner)
    {
        if (!_ownerTexts.TryGetValue(owner, out string? text))
        {
            _ownerTexts[owner] = text = _model.DescribeOwner(owner);
        }

        return text;
    }

    private string HoldingText(SystemDefinition system, FieldDefinition field)
    {
        if (field.Owner == system.Id)
        {
            return $"{system.Id} owns it: this view may write it.";
        }

        string? via = _model.HoldingOf(system.Id, field.Key)?.ViaFlow;
        FlowDefinition? flow = via is null ? null : _model.FindFlow(via);
        string arrival = flow is null ? string.Empty : $" through {flow.Id} ({flow.DirectionText})";
        return $"A read-only copy in {system.Id}: it arrives{arrival}; {field.Owner} writes it.";
    }

    private static string CarryText(FlowDefinition flow) => flow.Conflict == ConflictRule.TargetIfBlank
        ? $"{flow.Id} fills it in {flow.To} only while {flow.To}'s value is blank (targetIfBlank)."
        : $"{flow.Id} copies it from {flow.From} into {flow.To} ({ConflictRuleNames.Of(flow.Conflict)}).";

    /// <summary>A hint name that is plain ASCII and unique without regard to case (hint names are file names).</summary>
    private string HintName(string kind, string name)
    {
        string hint = "SorModel." + kind + "." + (IsAsciiLettersAndDigits(name) ? name : AsciiOf(name));
        string unique = hint;
        for (int n = 2; !_hintNames.Add(unique); n++)
        {
            unique = hint + "." + n;
        }

        return unique + ".g.cs";
    }

    private static bool IsAsciiLettersAndDigits(string name)
    {
        foreach (char c in name)
        {
            if (!IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string AsciiOf(string name)
    {
        var ascii = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            ascii.Append(IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return ascii.ToString();
    }

    private static bool IsAsciiLetterOrDigit(char c) => c < 128 && char.IsLetterOrDigit(c);
}
