using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Analyzers.Writes;

namespace SorAnalyzers.Analyzers.Bindings;

/// <summary>
/// The names a member of a bound type goes by: its serialized names (<c>[JsonPropertyName("…")]</c> of
/// System.Text.Json, <c>[JsonProperty("…")]</c> or <c>[JsonProperty(PropertyName = "…")]</c> of Newtonsoft.Json,
/// recognised by the attribute's name so that no package reference is needed, <c>[DataMember(Name = "…")]</c>,
/// a database column's name, <c>[Column("…")]</c>, and a Dataverse early-bound property's
/// <c>[AttributeLogicalName("…")]</c>),
/// on the member or a member it overrides, then its C# name. Cached per member.
/// </summary>
internal sealed class MemberNames
{
    private readonly Cache<ISymbol, ImmutableArray<string>> _names = Caches.BySymbol<ISymbol, ImmutableArray<string>>();

    public ImmutableArray<string> Of(ISymbol member) => _names.GetOrAdd(member.OriginalDefinition, Build);

    private static ImmutableArray<string> Build(ISymbol member)
    {
        var names = new List<string>();
        for (ISymbol? current = member; current is not null; current = (current as IPropertySymbol)?.OverriddenProperty)
        {
            foreach (AttributeData data in current.GetAttributes())
            {
                if (SerializedName(data) is { Length: > 0 } name && !names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        if (!names.Contains(member.Name))
        {
            names.Add(member.Name);
        }

        return names.ToImmutableArray();
    }

    private static string? SerializedName(AttributeData data)
    {
        switch (data.AttributeClass?.Name)
        {
            case "JsonPropertyNameAttribute":
                return RuntimeTypes.FirstString(data);
            case "JsonPropertyAttribute":
                return RuntimeTypes.FirstString(data) ?? RuntimeTypes.NamedString(data, "PropertyName");
            case "DataMemberAttribute":
                return RuntimeTypes.NamedString(data, "Name");
            case "ColumnAttribute":
                return RuntimeTypes.FirstString(data) ?? RuntimeTypes.NamedString(data, "Name");
            case "AttributeLogicalNameAttribute":
                return RuntimeTypes.FirstString(data);
            default:
                return null;
        }
    }
}
