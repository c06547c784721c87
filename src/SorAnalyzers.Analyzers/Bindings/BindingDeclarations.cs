using Microsoft.CodeAnalysis;

namespace SorAnalyzers.Analyzers.Bindings;

/// <summary>One <c>[SorBinding]</c>: <see cref="Type"/> holds <see cref="System"/>'s records of <see cref="Entity"/>.</summary>
internal sealed class BindingDeclaration
{
    public BindingDeclaration(INamedTypeSymbol type, string system, string entity, bool complete, AttributeData data)
    {
        Type = type;
        System = system;
        Entity = entity;
        Complete = complete;
        Data = data;
    }

    public INamedTypeSymbol Type { get; }

    public string System { get; }

    public string Entity { get; }

    public bool Complete { get; }

    public AttributeData Data { get; }
}

/// <summary>One <c>[SorBindingMember]</c>: <see cref="Member"/> (or <c>Member.key</c>) of <see cref="Type"/> is the field <see cref="Field"/>.</summary>
internal sealed class MemberDeclaration
{
    public MemberDeclaration(INamedTypeSymbol type, string member, string field, AttributeData data)
    {
        Type = type;
        Member = member;
        Field = field;
        Data = data;
    }

    public INamedTypeSymbol Type { get; }

    public string Member { get; }

    public string Field { get; }

    public AttributeData Data { get; }
}

/// <summary>One <c>[SorBindingWriter]</c>: the methods named <see cref="Method"/> of <see cref="Type"/> write the field named by their key parameter.</summary>
internal sealed class WriterDeclaration
{
    public WriterDeclaration(INamedTypeSymbol type, string method, string? keyParameter, AttributeData data)
    {
        Type = type;
        Method = method;
        KeyParameter = keyParameter;
        Data = data;
    }

    public INamedTypeSymbol Type { get; }

    public string Method { get; }

    public string? KeyParameter { get; }

    public AttributeData Data { get; }
}
