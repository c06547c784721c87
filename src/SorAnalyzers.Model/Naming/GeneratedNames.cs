using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.Model.Naming;

/// <summary>
/// Every C# name the generator gives a model's parts, decided once (docs/generated-code.md, "Names"):
/// the generator emits them and the CLI names them (which generated members a model change affects).
/// Names are claimed in each declaration space in a fixed order, so the result is stable. All names are
/// relative to the generated namespace (the model's <c>namespace</c>, else the project's).
/// </summary>
public sealed class GeneratedNames
{
    /// <summary>
    /// Top-level names the generated code uses in the model's namespace, and the two root namespaces a
    /// system namespace must not hide from user code there (<c>System.X</c>, <c>SorAnalyzers.X</c>).
    /// </summary>
    public static readonly string[] TopLevelNames = { "SorSystems", "SorFlows", "SorFields", "SorCatalog", "SorModelData", "Flows", "System", "SorAnalyzers" };

    /// <summary>The view classes' own member: the wrapped record.</summary>
    public const string RecordMember = "Record";

    /// <summary>A flow view's static member: the flow's metadata.</summary>
    public const string FlowMember = "Flow";

    /// <summary>A flow view's method that applies the flow from the source system's record.</summary>
    public const string ApplyMember = "ApplyFrom";

    /// <summary>The namespace under the model's that holds each flow's views' namespace: <c>N.Flows.BillingToCrm</c>.</summary>
    public const string FlowsNamespace = "Flows";

    /// <summary>The static class under the model's namespace that holds each entity's descriptors: <c>N.SorFields.Account</c>.</summary>
    public const string FieldsClass = "SorFields";

    /// <summary>The namespace of the generated code when neither the model nor the project names a valid one.</summary>
    public const string DefaultNamespace = "SorModel";

    /// <summary>
    /// The namespace a model's code is generated into, as its segments read (a keyword segment without the <c>@</c>
    /// C# text needs): the model's <c>namespace</c>, else the project's root namespace, else <see cref="DefaultNamespace"/>.
    /// A name that is no namespace (blank, or a segment that is no identifier) is passed over. The generator writes it
    /// (keywords escaped) and records it in <c>[SorGeneratedModel]</c>; the analyzers compare a marker with it.
    /// </summary>
    public static string NamespaceOf(string? modelNamespace, string? rootNamespace)
        => ValidNamespace(modelNamespace) ?? ValidNamespace(rootNamespace) ?? DefaultNamespace;

    /// <summary>A namespace as C# text writes it (<c>@class.Crm</c>), read as its segments (<c>class.Crm</c>).</summary>
    public static string Unescaped(string ns) => ns.Replace("@", string.Empty);

    private static string? ValidNamespace(string? name)
        => name?.Trim() is { Length: > 0 } trimmed && CSharpName.IsNamespace(trimmed) ? trimmed : null;

    private readonly Dictionary<string, string> _systemNamespaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _systemConstants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _flowConstants;
    private readonly Dictionary<string, string> _flowNamespaces;
    private readonly Dictionary<string, string> _enumTypes = new(StringComparer.Ordinal);
    private readonly PairNames _enumMembers = new();
    private readonly Dictionary<string, string> _entityClasses;
    private readonly Dictionary<string, string> _descriptors;
    private readonly OwnershipModel _model;
    private readonly Dictionary<string, OwnerViews> _systemViews = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OwnerViews> _flowViews;

    private GeneratedNames(OwnershipModel model)
    {
        _model = model;
        // Sized for the model up front: a big model's tables are not grown (and copied) a dozen times each.
        int fields = 0;
        foreach (EntityDefinition entity in model.Entities)
        {
            fields += entity.Fields.Count;
        }

        _descriptors = new Dictionary<string, string>(fields, StringComparer.Ordinal);
        _entityClasses = new Dictionary<string, string>(model.Entities.Count, StringComparer.Ordinal);
        _flowConstants = new Dictionary<string, string>(model.Flows.Count, StringComparer.Ordinal);
        _flowNamespaces = new Dictionary<string, string>(model.Flows.Count, StringComparer.Ordinal);
        _flowViews = new Dictionary<string, OwnerViews>(model.Flows.Count, StringComparer.Ordinal);

        var topLevel = new NameScope(TopLevelNames);
        foreach (SystemDefinition system in model.Systems)
        {
            _systemNamespaces[system.Id] = topLevel.Claim(system.Id);
        }

        foreach (EntityDefinition entity in model.Entities)
        {
            foreach (FieldDefinition field in entity.Fields)
            {
                if (field.Type != FieldType.Enum)
                {
                    continue;
                }

                string name = topLevel.Claim(NameScope.Identifier(field.Entity) + NameScope.Identifier(field.Name));
                _enumTypes[field.Key] = name;
                var members = NameScope.InsideType(name, "value__");
                foreach (string value in field.EnumValues)
                {
                    _enumMembers.Set(field.Key, value, members.Claim(value));
                }
            }
        }

        var systemConstants = NameScope.InsideType("SorSystems");
        foreach (SystemDefinition system in model.Systems)
        {
            _systemConstants[system.Id] = systemConstants.Claim(system.Id);
        }

        // A flow's id is converted once, for its constant and for its views' namespace.
        var flowIdentifiers = new string[model.Flows.Count];
        var flowConstants = NameScope.InsideType("SorFlows");
        for (int f = 0; f < flowIdentifiers.Length; f++)
        {
            FlowDefinition flow = model.Flows[f];
            flowIdentifiers[f] = NameScope.Identifier(flow.Id);
            _flowConstants[flow.Id] = flowConstants.ClaimIdentifier(flowIdentifiers[f]);
        }

        // Each entity's descriptors are claimed by the rule DescriptorFields follows (ClaimMembers), straight into the names.
        var entityClasses = NameScope.InsideType(FieldsClass);
        var descriptors = NameScope.InsideType(FieldsClass); // one scope, emptied for each entity's class
        Action<string, FieldDefinition> keep = (name, field) => _descriptors[field.Key] = name;
        foreach (EntityDefinition entity in model.Entities)
        {
            string className = entityClasses.Claim(entity.Name);
            _entityClasses[entity.Name] = className;
            descriptors.ResetInsideType(className);
            ClaimMembers(entity.Fields, descriptors, keep);
        }

        List<KeyValuePair<EntityDefinition, IReadOnlyList<FieldDefinition>>>[] held = HeldBySystem(model);
        var classes = new NameScope(); // one scope, emptied for each owner's namespace
        for (int s = 0; s < model.Systems.Count; s++)
        {
            ClaimViews(model.Systems[s].Id, held[s], _systemViews, classes, SystemViewReserved);
        }

        var flowNamespaces = new NameScope();
        for (int f = 0; f < flowIdentifiers.Length; f++)
        {
            FlowDefinition flow = model.Flows[f];
            _flowNamespaces[flow.Id] = flowNamespaces.ClaimIdentifier(flowIdentifiers[f]);
            ClaimViews(flow.Id, model.CarriedByEntity(flow), _flowViews, classes, FlowViewReserved);
        }
    }

    /// <summary>
    /// The names of <paramref name="model"/>'s generated code: one instance per model, shared by the generator and the
    /// analyzers (a model read once serves both), since the names depend on nothing else.
    /// </summary>
    public static GeneratedNames Of(OwnershipModel model) => Shared.GetValue(model, static m => new GeneratedNames(m));

    private static readonly ConditionalWeakTable<OwnershipModel, GeneratedNames> Shared = new();

    /// <summary>
    /// For each system (in the model's order), the entities of which it holds a field, in the model's order, each
    /// with those fields in the entity's order. One look at each field's holders, whatever the number of systems.
    /// </summary>
    private static List<KeyValuePair<EntityDefinition, IReadOnlyList<FieldDefinition>>>[] HeldBySystem(OwnershipModel model)
    {
        var systems = new Dictionary<string, int>(model.Systems.Count, StringComparer.Ordinal);
        var result = new List<KeyValuePair<EntityDefinition, IReadOnlyList<FieldDefinition>>>[model.Systems.Count];
        for (int s = 0; s < model.Systems.Count; s++)
        {
            systems[model.Systems[s].Id] = s;
            result[s] = new List<KeyValuePair<EntityDefinition, IReadOnlyList<FieldDefinition>>>();
        }

        var fields = new List<FieldDefinition>?[model.Systems.Count];
        foreach (EntityDefinition entity in model.Entities)
        {
            foreach (FieldDefinition field in entity.Fields)
            {
                IReadOnlyList<FieldHolding> holders = model.HoldersOf(field.Key);
                for (int h = 0; h < holders.Count; h++)
                {
                    if (systems.TryGetValue(holders[h].System, out int s) && (fields[s] is not { } list || !ReferenceEquals(list[list.Count - 1], field)))
                    {
                        (fields[s] ??= new List<FieldDefinition>()).Add(field);
                    }
                }
            }

            for (int s = 0; s < fields.Length; s++)
            {
                if (fields[s] is { } list)
                {
                    result[s].Add(new KeyValuePair<EntityDefinition, IReadOnlyList<FieldDefinition>>(entity, list));
                    fields[s] = null;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The descriptors of an entity's class in <c>SorFields</c>, by C# name (<c>Arr</c> → Account.Arr): what the
    /// generator names them, and how the analyzers read a descriptor back, since a generated entity class
    /// carries one <c>[SorModelEntity]</c> rather than an attribute per descriptor. They depend only on the
    /// entity's fields and its class's name.
    /// </summary>
    public static IReadOnlyDictionary<string, FieldDefinition> DescriptorFields(EntityDefinition entity, string className)
    {
        var fields = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        ClaimMembers(entity.Fields, NameScope.InsideType(className), (name, field) => fields.Add(name, field));
        return fields;
    }

    /// <summary>
    /// <see cref="DescriptorFields"/> of one of this model's entities, worked out once per class name: the model is
    /// shared by every compilation of its text (the model cache), and naming an entity's fields claims every name in a
    /// scope, which the analyzers' first sight of each entity class would otherwise pay in every build.
    /// </summary>
    public IReadOnlyDictionary<string, FieldDefinition> DescriptorsOf(EntityDefinition entity, string className)
        => _descriptorClasses.GetOrAdd(entity.Name, static _ => new ConcurrentDictionary<string, IReadOnlyDictionary<string, FieldDefinition>>(StringComparer.Ordinal))
            .GetOrAdd(className, name => DescriptorFields(entity, name));

    // By entity name (an entity of this model: names are unique in it), then class name.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, IReadOnlyDictionary<string, FieldDefinition>>> _descriptorClasses = new(StringComparer.Ordinal);

    /// <summary>
    /// The naming rule of a generated class's members, one per field (an entity's descriptors, a view's properties):
    /// each field's name, in the given order, claimed in <paramref name="members"/>, an empty scope inside the class;
    /// <paramref name="claimed"/> gets each name and its field.
    /// </summary>
    private static void ClaimMembers(IReadOnlyList<FieldDefinition> fields, NameScope members, Action<string, FieldDefinition> claimed)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            claimed(members.Claim(fields[i].Name), fields[i]);
        }
    }

    /// <summary>The constant in <c>SorSystems</c>: <c>Crm</c>.</summary>
    public string SystemConstant(string systemId) => _systemConstants[systemId];

    /// <summary>The namespace of the system's views, below the model's namespace: <c>Crm</c>.</summary>
    public string SystemNamespace(string systemId) => _systemNamespaces[systemId];

    /// <summary>The constant in <c>SorFlows</c>: <c>BillingToCrm</c>.</summary>
    public string FlowConstant(string flowId) => _flowConstants[flowId];

    /// <summary>The namespace of the flow's views, below <c>{Namespace}.Flows</c>: <c>BillingToCrm</c>.</summary>
    public string FlowNamespace(string flowId) => _flowNamespaces[flowId];

    /// <summary>The C# enum of an enum field (<c>AccountHealthStatus</c>), or null for another type.</summary>
    public string? EnumType(string fieldKey) => _enumTypes.TryGetValue(fieldKey, out string? name) ? name : null;

    public string EnumMember(string fieldKey, string value)
        => _enumMembers.Find(fieldKey, value) ?? throw new KeyNotFoundException($"'{value}' is not a value of {fieldKey}");

    /// <summary>The entity's class in <c>SorFields</c>: <c>Account</c>.</summary>
    public string EntityClass(string entity) => _entityClasses[entity];

    /// <summary>The field's descriptor in <c>SorFields.{Entity}</c>: <c>Arr</c>.</summary>
    public string Descriptor(string fieldKey) => _descriptors[fieldKey];

    /// <summary>"SorFields.Account.Arr".</summary>
    public string DescriptorPath(FieldDefinition field) => $"SorFields.{EntityClass(field.Entity)}.{Descriptor(field.Key)}";

    /// <summary>The view class of the entity in the system's namespace, or null when the system holds none of its fields.</summary>
    public string? SystemViewClass(string systemId, string entity) => FindView(_systemViews, systemId, entity)?.ClassName;

    /// <summary>The property of the field in the system's view, or null when the system does not hold it.</summary>
    public string? SystemViewProperty(string systemId, string fieldKey) => Property(_systemViews, systemId, fieldKey);

    /// <summary>The view class of the entity in the flow's namespace, or null when the flow carries none of its fields.</summary>
    public string? FlowViewClass(string flowId, string entity) => FindView(_flowViews, flowId, entity)?.ClassName;

    /// <summary>The property of the field in the flow's view, or null when the flow does not carry it.</summary>
    public string? FlowViewProperty(string flowId, string fieldKey) => Property(_flowViews, flowId, fieldKey);

    /// <summary>The system's view class of the entity, or null when the system holds none of its fields.</summary>
    public ViewNames? SystemView(string systemId, string entity) => FindView(_systemViews, systemId, entity);

    /// <summary>The flow's view class of the entity, or null when the flow carries none of its fields.</summary>
    public ViewNames? FlowView(string flowId, string entity) => FindView(_flowViews, flowId, entity);

    /// <summary>The system's view classes, one per entity of which it holds a field, in the model's order.</summary>
    public IReadOnlyList<ViewNames> SystemViews(string systemId) => InOrder(_systemViews, systemId);

    /// <summary>The flow's view classes, one per entity of which it carries a field, in the model's order.</summary>
    public IReadOnlyList<ViewNames> FlowViews(string flowId) => InOrder(_flowViews, flowId);

    private static readonly string[] SystemViewReserved = { RecordMember };

    private static readonly string[] FlowViewReserved = { RecordMember, FlowMember, ApplyMember };

    private static IReadOnlyList<ViewNames> InOrder(Dictionary<string, OwnerViews> views, string owner)
        => views.TryGetValue(owner, out OwnerViews? owned) ? owned.InOrder : Array.Empty<ViewNames>();

    private static ViewNames? FindView(Dictionary<string, OwnerViews> views, string owner, string entity)
        => views.TryGetValue(owner, out OwnerViews? owned) ? owned.Find(entity) : null;

    private string? Property(Dictionary<string, OwnerViews> views, string owner, string fieldKey)
        => _model.FindField(fieldKey) is { } field && FindView(views, owner, field.Entity) is { } view ? view.PropertyOf(fieldKey) : null;

    /// <summary>
    /// Claims the owner's view class names, in the model's order. A class's property names are claimed on first
    /// request (<see cref="ViewNames"/>): a big model names thousands of views and a project uses a few, and the
    /// names in one class depend only on its own name and fields.
    /// </summary>
    /// <param name="entities">The entities in the model's order, each with the fields the owner's views show.</param>
    /// <param name="views">Where the views go, by owner.</param>
    /// <param name="classes">A scope to empty and claim the class names in (one for every owner: a big model has thousands).</param>
    /// <param name="reserved">The view's own members, which no field property may take.</param>
    private static void ClaimViews(
        string owner,
        IEnumerable<KeyValuePair<EntityDefinition, IReadOnlyList<FieldDefinition>>> entities,
        Dictionary<string, OwnerViews> views,
        NameScope classes,
        string[] reserved)
    {
        classes.Reset(RecordMember);
        List<ViewNames>? ordered = null;
        foreach (KeyValuePair<EntityDefinition, IReadOnlyList<FieldDefinition>> pair in entities)
        {
            if (pair.Value.Count == 0)
            {
                continue;
            }

            (ordered ??= new List<ViewNames>()).Add(new ViewNames(pair.Key, classes.Claim(pair.Key.Name), pair.Value, reserved));
        }

        if (ordered is not null)
        {
            views[owner] = new OwnerViews(ordered);
        }
    }

    /// <summary>
    /// One owner's view classes in the model's order, found by entity: by a table when there are many (a system's), by
    /// a look along the list when there are a few (most flows': a table each would cost more than it saves).
    /// </summary>
    private sealed class OwnerViews
    {
        private const int MostWithoutTable = 8;

        private readonly Dictionary<string, ViewNames>? _byEntity;

        public OwnerViews(List<ViewNames> inOrder)
        {
            InOrder = inOrder;
            if (inOrder.Count > MostWithoutTable)
            {
                _byEntity = new Dictionary<string, ViewNames>(inOrder.Count, StringComparer.Ordinal);
                foreach (ViewNames view in inOrder)
                {
                    _byEntity[view.Entity.Name] = view;
                }
            }
        }

        public List<ViewNames> InOrder { get; }

        public ViewNames? Find(string entity)
        {
            if (_byEntity is not null)
            {
                return _byEntity.TryGetValue(entity, out ViewNames? view) ? view : null;
            }

            // The last of equal names, as the table keeps it.
            for (int i = InOrder.Count - 1; i >= 0; i--)
            {
                if (string.Equals(InOrder[i].Entity.Name, entity, StringComparison.Ordinal))
                {
                    return InOrder[i];
                }
            }

            return null;
        }
    }

    /// <summary>One view class: its entity, its name, the fields it shows, and their properties' names once asked for (safe across threads).</summary>
    public sealed class ViewNames
    {
        private readonly string[] _reserved;
        private Dictionary<string, string>? _properties;

        internal ViewNames(EntityDefinition entity, string className, IReadOnlyList<FieldDefinition> fields, string[] reserved)
        {
            Entity = entity;
            ClassName = className;
            Fields = fields;
            _reserved = reserved;
        }

        public EntityDefinition Entity { get; }

        public string ClassName { get; }

        /// <summary>The fields the view shows, in the entity's order.</summary>
        public IReadOnlyList<FieldDefinition> Fields { get; }

        public string? PropertyOf(string fieldKey)
        {
            // Claimed once: threads that race each claim the same names, and all use the first table published.
            Dictionary<string, string>? properties = Volatile.Read(ref _properties);
            if (properties is null)
            {
                var claimed = new Dictionary<string, string>(Fields.Count, StringComparer.Ordinal);
                ClaimMembers(Fields, NameScope.InsideType(ClassName, _reserved), (name, field) => claimed[field.Key] = name);
                properties = Interlocked.CompareExchange(ref _properties, claimed, null) ?? claimed;
            }

            return properties.TryGetValue(fieldKey, out string? name) ? name : null;
        }
    }

    /// <summary>
    /// Names by a pair of model names (an owner and an entity, a field and a value), in nested string tables: generic
    /// code over reference types only, which the runtime shares, where a tuple key's would be compiled anew in
    /// every build whose compiler does not stay running.
    /// </summary>
    private sealed class PairNames
    {
        private readonly Dictionary<string, Dictionary<string, string>> _byFirst = new(StringComparer.Ordinal);

        public void Set(string first, string second, string name)
        {
            if (!_byFirst.TryGetValue(first, out Dictionary<string, string>? names))
            {
                _byFirst[first] = names = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            names[second] = name;
        }

        public string? Find(string first, string second)
            => _byFirst.TryGetValue(first, out Dictionary<string, string>? names) && names.TryGetValue(second, out string? name) ? name : null;
    }
}
