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

    private const string DefaultNamespace = "SorModel";

    private readonly OwnershipModel _model;
    private readonly GenerationOptions _options;
    private readonly string _namespace;
    private readonly GeneratedNames _names;
    private readonly HashSet<string> _hintNames = new(StringComparer.OrdinalIgnoreCase);
    // Each system view's full name, by system and entity (nested string tables: generic code over reference types
    // only, which a cold compiler does not compile anew for a tuple key).
    private readonly Dictionary<string, Dictionary<string, string>> _systemViews = new(StringComparer.Ordinal);

    // Which views get their members planned (by full name, as ViewChoice names them); null: every view.
    private readonly Func<string, bool>? _viewMembers;

    // Made once per plan, not once per field: each owner's description, and the types of the non-enum fields.
    private readonly Dictionary<string, string> _ownerTexts = new(StringComparer.Ordinal);
    private readonly ValueTypePlan?[] _valueTypes = new ValueTypePlan?[16];

    private ModelPlanner(OwnershipModel model, GenerationOptions options, Func<string, bool>? viewMembers = null)
    {
        _model = model;
        _options = options;
        _viewMembers = viewMembers;
        _namespace = NamespaceOf(model.Namespace) ?? NamespaceOf(options.RootNamespace) ?? DefaultNamespace;
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
    /// A namespace as C# text, or null when it is not one. A segment that is a keyword is written
    /// verbatim (<c>@class</c>): still the namespace the user named.
    /// </summary>
    internal static string? NamespaceOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        string[] segments = name!.Trim().Split('.');
        if (!segments.All(CSharpName.IsIdentifier))
        {
            return null;
        }

        return string.Join(".", segments.Select(s => SyntaxFacts.GetKeywordKind(s) == SyntaxKind.None ? s : "@" + s));
    }

    /// <param name="core">False: the views only (the rest of the plan left empty).</param>
    private ModelPlan Plan(bool core)
    {
        EquatableArray<EnumPlan> enums = core ? PlanEnums() : EquatableArray<EnumPlan>.Empty;

        var systems = _model.Systems.Select(s => new SystemPlan(
            s.Id, _names.SystemConstant(s.Id), s.Title, s.BusinessOwner, s.TechnicalOwner, s.Description, s.ReadOnly)).ToEquatableArray();

        var flows = _model.Flows.Select(f => new FlowPlan(
            f.Id, _names.FlowConstant(f.Id), f.From, f.To, f.Frequency, f.Conflict.ToString(), f.ErrorOwner, f.Impact,
            f.Description, f.DirectionText)).ToEquatableArray();

        EquatableArray<EntityPlan> entities = core ? PlanEntities() : EquatableArray<EntityPlan>.Empty;

        var systemViews = _model.Systems
            .Select(s => PlanSystemViews(s, _names.SystemNamespace(s.Id)))
            .Where(g => g.Views.Count > 0)
            .ToEquatableArray();

        var flowViews = _model.Flows
            .Select(f => PlanFlowViews(f, _names.FlowNamespace(f.Id)))
            .Where(g => g.Views.Count > 0)
            .ToEquatableArray();

        return new ModelPlan(_namespace, _model.Name, _model.Version, _options.Nullable, systems, flows, enums, entities, systemViews, flowViews);
    }

    private EquatableArray<EnumPlan> PlanEnums()
    {
        var enums = new List<EnumPlan>();
        foreach (FieldDefinition field in _model.AllFields.Where(f => f.Type == FieldType.Enum))
        {
            enums.Add(new EnumPlan(
                _names.EnumType(field.Key)!,
                field.Key,
                field.Description,
                field.EnumValues.Select(v => new EnumMemberPlan(v, _names.EnumMember(field.Key, v))).ToEquatableArray()));
        }

        return enums.ToEquatableArray();
    }

    private EquatableArray<EntityPlan> PlanEntities()
    {
        var entities = new List<EntityPlan>(_model.Entities.Count);
        foreach (EntityDefinition entity in _model.Entities)
        {
            string className = _names.EntityClass(entity.Name);
            var fields = new List<FieldPlan>(entity.Fields.Count);
            foreach (FieldDefinition field in entity.Fields)
            {
                fields.Add(new FieldPlan(
                    field.Entity,
                    field.Name,
                    _names.Descriptor(field.Key),
                    TypeOf(field),
                    field.Owner,
                    OwnerText(field.Owner),
                    field.Description,
                    _model.DirectionOf(field.Key),
                    HeldBy(field),
                    FlowIds(_model.FlowsCarrying(field.Key)),
                    field.Pii,
                    field.Required,
                    field.Immutable,
                    field.Deprecated)
                {
                    SystemNames = field.Names.Count == 0 ? null : string.Join(", ", field.Names.Select(n => n.System + ": " + n.Name)),
                });
            }

            entities.Add(new EntityPlan(entity.Name, className, entity.Description, fields.ToEquatableArray()));
        }

        return entities.ToEquatableArray();
    }

    private static EquatableArray<string> FlowIds(IReadOnlyList<FlowDefinition> flows)
    {
        if (flows.Count == 0)
        {
            return EquatableArray<string>.Empty;
        }

        var ids = ImmutableArray.CreateBuilder<string>(flows.Count);
        for (int i = 0; i < flows.Count; i++)
        {
            ids.Add(flows[i].Id);
        }

        return new EquatableArray<string>(ids.MoveToImmutable());
    }

    private ViewGroupPlan PlanSystemViews(SystemDefinition system, string namespaceName)
    {
        var views = new List<ViewPlan>();
        foreach (EntityDefinition entity in _model.Entities)
        {
            // The names give a view class exactly to the entities of which the system holds a field.
            if (_names.SystemViewClass(system.Id, entity.Name) is not { } className)
            {
                continue;
            }

            string fullName = $"global::{_namespace}.{namespaceName}.{className}";
            if (!_systemViews.TryGetValue(system.Id, out Dictionary<string, string>? byEntity))
            {
                _systemViews[system.Id] = byEntity = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            byEntity[entity.Name] = fullName;
            views.Add(new ViewPlan(entity.Name, className, !WithMembers(fullName) ? EquatableArray<ViewPropertyPlan>.Empty : entity.Fields.Where(f => _model.Holds(system.Id, f.Key)).Select(f => new ViewPropertyPlan(
                f.Name,
                _names.SystemViewProperty(system.Id, f.Key)!,
                DescriptorPath(f),
                TypeOf(f),
                f.Owner == system.Id,
                f.Description,
                OwnerText(f.Owner),
                _model.DirectionOf(f.Key),
                HoldingText(system, f),
                f.Deprecated)).ToEquatableArray()));
        }

        return new ViewGroupPlan(system.Id, false, $"{_namespace}.{namespaceName}", HintName("Views", namespaceName), $"as {system.DisplayName} holds it", views.ToEquatableArray());
    }

    private ViewGroupPlan PlanFlowViews(FlowDefinition flow, string namespaceName)
    {
        var views = new List<ViewPlan>();
        foreach (KeyValuePair<EntityDefinition, IReadOnlyList<FieldDefinition>> pair in _model.CarriedByEntity(flow))
        {
            EntityDefinition entity = pair.Key;
            IReadOnlyList<FieldDefinition> carried = pair.Value;
            string className = _names.FlowViewClass(flow.Id, entity.Name)!;
            bool withMembers = !ReferenceEquals(_viewMembers, NoMembers) && WithMembers($"global::{_namespace}.Flows.{namespaceName}.{className}");
            views.Add(new ViewPlan(entity.Name, className, !withMembers ? EquatableArray<ViewPropertyPlan>.Empty : carried.Select(f => new ViewPropertyPlan(
                f.Name,
                _names.FlowViewProperty(flow.Id, f.Key)!,
                DescriptorPath(f),
                TypeOf(f),
                true,
                f.Description,
                OwnerText(f.Owner),
                _model.DirectionOf(f.Key),
                CarryText(flow),
                f.Deprecated)).ToEquatableArray(),
                _systemViews.TryGetValue(flow.From, out Dictionary<string, string>? fromViews) && fromViews.TryGetValue(entity.Name, out string? source) ? source : null));
        }

        return new ViewGroupPlan(flow.Id, true, $"{_namespace}.Flows.{namespaceName}", HintName("FlowViews", namespaceName), $"as the flow {flow.Id} ({flow.DirectionText}) writes it into {flow.To}", views.ToEquatableArray());
    }

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

    /// <summary>The holders, owner first (the runtime requires it), each once.</summary>
    private EquatableArray<string> HeldBy(FieldDefinition field)
    {
        IReadOnlyList<FieldHolding> holders = _model.HoldersOf(field.Key);
        var systems = ImmutableArray.CreateBuilder<string>(holders.Count + 1);
        systems.Add(field.Owner);
        for (int i = 0; i < holders.Count; i++)
        {
            if (!systems.Contains(holders[i].System))
            {
                systems.Add(holders[i].System);
            }
        }

        return new EquatableArray<string>(systems.ToImmutable());
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
        var ascii = new StringBuilder();
        foreach (char c in name)
        {
            ascii.Append(c < 128 && char.IsLetterOrDigit(c) ? c : '_');
        }

        string hint = $"SorModel.{kind}.{ascii}";
        string unique = hint;
        for (int n = 2; !_hintNames.Add(unique); n++)
        {
            unique = hint + "." + n;
        }

        return unique + ".g.cs";
    }
}
