using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// What <see cref="FieldTargets"/> knows of a class before looking at any of its members: whether its assembly can
/// carry the runtime's markers at all, and, for a view or descriptor class this package generated in the compilation,
/// its model members by name, as <see cref="GeneratedNames"/> names them. The generator names every member of those
/// classes by that rule, so a member is found by its name without reading its attributes: a build meets thousands of
/// view properties and descriptors once or twice each, and reading each one's attributes was most of the write
/// analysis's first sight of them.
/// </summary>
internal sealed class GeneratedClass
{
    /// <summary>A class of an assembly that cannot carry the markers (the framework's, most packages'): no member is a model field.</summary>
    public static readonly GeneratedClass Foreign = new(null, canCarryMarkers: false);

    /// <summary>Any other class: each member's own attributes say what it is.</summary>
    public static readonly GeneratedClass Other = new(null, canCarryMarkers: true);

    // Per model: the same view or entity class is met by every compilation of one model text.
    private static readonly ConditionalWeakTable<GeneratedNames.ViewNames, Dictionary<string, ModelMember>> Views = new();
    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, FieldDefinition>, Dictionary<string, ModelMember>> Descriptors = new();

    private readonly Dictionary<string, ModelMember>? _members;

    private GeneratedClass(Dictionary<string, ModelMember>? members, bool canCarryMarkers, string? otherModel = null)
    {
        _members = members;
        CanCarryMarkers = canCarryMarkers;
        OtherModel = otherModel;
    }

    public bool CanCarryMarkers { get; }

    /// <summary>
    /// The namespace of the other model a referenced assembly generated its API from, for any type of that assembly (its
    /// <c>[SorGeneratedModel]</c> records neither this project's model hash nor its namespace); null for every other class.
    /// </summary>
    public string? OtherModel { get; }

    /// <summary>A type of a referenced assembly that generated its API from another model, into <paramref name="ns"/>.</summary>
    public static GeneratedClass OfOtherModel(string ns) => new(null, canCarryMarkers: true, ns);

    /// <summary>Whether the class is one this package generated, its members found by the model's names.</summary>
    public bool IsNamedByModel => _members is not null;

    /// <summary>A generated view class: each property the generator gave it, its field, and the view's system or flow.</summary>
    public static GeneratedClass OfView(GeneratedNames.ViewNames names, ViewInfo view)
        => new(Views.GetValue(names, n => Table(n, view)), canCarryMarkers: true);

    /// <summary>A generated class of descriptors (<c>SorFields.Account</c>): each descriptor by its name.</summary>
    public static GeneratedClass OfDescriptors(IReadOnlyDictionary<string, FieldDefinition> descriptors)
        => new(Descriptors.GetValue(descriptors, Table), canCarryMarkers: true);

    /// <summary>The model member named <paramref name="name"/>, when the generator named one so in this class.</summary>
    public ModelMember? Find(string name)
        => _members is not null && _members.TryGetValue(name, out ModelMember? member) ? member : null;

    private static Dictionary<string, ModelMember> Table(GeneratedNames.ViewNames names, ViewInfo view)
    {
        var members = new Dictionary<string, ModelMember>(names.Fields.Count, System.StringComparer.Ordinal);
        foreach (FieldDefinition field in names.Fields)
        {
            if (names.PropertyOf(field.Key) is { } property)
            {
                members[property] = new ModelMember(field.Key, field, view);
            }
        }

        return members;
    }

    private static Dictionary<string, ModelMember> Table(IReadOnlyDictionary<string, FieldDefinition> descriptors)
    {
        var members = new Dictionary<string, ModelMember>(descriptors.Count, System.StringComparer.Ordinal);
        foreach (KeyValuePair<string, FieldDefinition> descriptor in descriptors)
        {
            members[descriptor.Key] = new ModelMember(descriptor.Value.Key, descriptor.Value, default);
        }

        return members;
    }
}
