using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Analyzers.Writes;

namespace SorAnalyzers.Analyzers.Bindings;

/// <summary>
/// The type bindings of one compilation: the <c>[assembly: SorBinding(typeof(T), …)]</c>,
/// <c>[assembly: SorBindingMember(…)]</c> and <c>[assembly: SorBindingWriter(…)]</c> of the assembly being
/// compiled, read once into dictionaries keyed by type, and the attributes on the types themselves, read when
/// the type is first asked about. <see cref="Of"/> is cached per type, so the cost of a write check does not
/// grow with the number of bound types beyond a dictionary lookup.
/// </summary>
internal sealed class TypeBindings
{
    private readonly BindingTypes _types;
    private readonly Lazy<AssemblyDeclarations> _assembly;
    private readonly Cache<ISymbol, BoundType?> _bound = Caches.BySymbol<ISymbol, BoundType?>();

    public TypeBindings(Compilation compilation, BindingTypes types)
    {
        _types = types;
        // The assembly's attributes are read at the first question, not when the compilation starts: binding them needs
        // every file's declarations, which the compiler is still building then, and a start action would wait for it.
        _assembly = new Lazy<AssemblyDeclarations>(() => new AssemblyDeclarations(compilation, types));
    }

    public BindingTypes Types => _types;

    /// <summary>What the bindings say about <paramref name="type"/> (its own, its base types' and its interfaces'), or null when it is not bound.</summary>
    public BoundType? Of(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None)
        {
            return null;
        }

        INamedTypeSymbol definition = named.OriginalDefinition;
        return _bound.GetOrAdd(definition, static (t, bindings) => bindings.Build((INamedTypeSymbol)t), this);
    }

    /// <summary>The <c>[SorBinding]</c>s of exactly this type: the assembly's first, then the type's own, in source order.</summary>
    public List<BindingDeclaration> DeclaredOn(INamedTypeSymbol type)
    {
        List<BindingDeclaration>? result = null;
        AddDeclaredOn(type, ref result);
        return result ?? new List<BindingDeclaration>();
    }

    /// <summary>
    /// Appends the <c>[SorBinding]</c>s of exactly this type to <paramref name="result"/>, made at the first one: most
    /// types a build asks about have none, and should cost no list.
    /// </summary>
    private void AddDeclaredOn(INamedTypeSymbol type, ref List<BindingDeclaration>? result)
    {
        INamedTypeSymbol definition = type.OriginalDefinition;
        if (_assembly.Value.Bindings.TryGetValue(definition, out List<BindingDeclaration>? declared))
        {
            (result ??= new List<BindingDeclaration>()).AddRange(declared);
        }

        foreach (AttributeData data in definition.GetAttributes())
        {
            if (_types.Is(data, _types.Binding) && data.ConstructorArguments.Length == 2
                && data.ConstructorArguments[0].Value is string system && data.ConstructorArguments[1].Value is string entity)
            {
                (result ??= new List<BindingDeclaration>()).Add(new BindingDeclaration(definition, system, entity, IsComplete(data), data));
            }
        }
    }

    /// <summary>The assembly's <c>[SorBindingMember]</c>s, for validation.</summary>
    public IEnumerable<MemberDeclaration> AssemblyMembers => _assembly.Value.Members.Values.SelectMany(m => m);

    /// <summary>
    /// Whether <paramref name="method"/>, called on a value of a type with <paramref name="bound"/>, is a
    /// declared writer; <paramref name="keyParameter"/> is the parameter that takes the field's system name.
    /// </summary>
    public bool IsWriter(IMethodSymbol method, BoundType bound, out IParameterSymbol? keyParameter)
    {
        keyParameter = null;
        string? name = null;
        bool declared = false;
        if (bound.Writers.TryGetValue(method.Name, out WriterDeclaration? writer))
        {
            declared = true;
            name = writer.KeyParameter;
        }
        else
        {
            for (IMethodSymbol? current = method.OriginalDefinition; current is not null; current = current.OverriddenMethod)
            {
                if (current.GetAttributes().FirstOrDefault(a => _types.Is(a, _types.Writer)) is { } data)
                {
                    declared = true;
                    name = KeyParameter(data);
                    break;
                }
            }
        }

        if (!declared)
        {
            return false;
        }

        keyParameter = KeyParameterOf(method, name);
        return keyParameter is not null;
    }

    /// <summary>The writer's key parameter: the one named, else the first string parameter.</summary>
    public static IParameterSymbol? KeyParameterOf(IMethodSymbol method, string? name)
        => name is null
            ? method.Parameters.FirstOrDefault(p => p.Type.SpecialType == SpecialType.System_String)
            : method.Parameters.FirstOrDefault(p => p.Name == name && p.Type.SpecialType == SpecialType.System_String);

    private BoundType? Build(INamedTypeSymbol type)
    {
        // The type first, then its base types outward, then its interfaces: the nearest declaration wins.
        var chain = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            chain.Add(current.OriginalDefinition);
        }

        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            chain.Add(@interface.OriginalDefinition);
        }

        // Most types a build asks about are bound by nothing: they cost the walk above and no builder, no dictionary.
        List<BindingDeclaration>? declared = null;
        foreach (INamedTypeSymbol link in chain)
        {
            AddDeclaredOn(link, ref declared);
        }

        if (declared is null)
        {
            return null;
        }

        var bindings = new List<BindingDeclaration>();
        var entities = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (BindingDeclaration binding in declared)
        {
            if (entities.Add(binding.Entity))
            {
                bindings.Add(binding); // a second binding of one entity is SOR0124, reported at it
            }
        }

        var members = new Dictionary<string, MemberDeclaration>(BoundType.NameComparer);
        var writers = new Dictionary<string, WriterDeclaration>(System.StringComparer.Ordinal);
        foreach (INamedTypeSymbol link in chain)
        {
            if (_assembly.Value.Members.TryGetValue(link, out List<MemberDeclaration>? declaredMembers))
            {
                foreach (MemberDeclaration member in declaredMembers)
                {
                    if (!members.ContainsKey(member.Member))
                    {
                        members.Add(member.Member, member);
                    }
                }
            }

            if (_assembly.Value.Writers.TryGetValue(link, out List<WriterDeclaration>? declaredWriters))
            {
                foreach (WriterDeclaration writer in declaredWriters)
                {
                    if (!writers.ContainsKey(writer.Method))
                    {
                        writers.Add(writer.Method, writer);
                    }
                }
            }
        }

        return new BoundType(ImmutableArray.CreateRange(bindings), members, writers);
    }

    private static INamedTypeSymbol? TypeArgument(AttributeData data)
        => data.ConstructorArguments.Length > 0 && data.ConstructorArguments[0].Kind == TypedConstantKind.Type
            && data.ConstructorArguments[0].Value is INamedTypeSymbol type && type.TypeKind != TypeKind.Error
            ? type.OriginalDefinition
            : null;

    private static bool IsComplete(AttributeData data)
        => data.NamedArguments.Any(a => a.Key == "Complete" && a.Value.Value is true);

    private static string? KeyParameter(AttributeData data)
        => data.NamedArguments.FirstOrDefault(a => a.Key == "KeyParameter").Value.Value as string;

    private static void Add<T>(Dictionary<ISymbol, List<T>> map, INamedTypeSymbol type, T item)
    {
        if (!map.TryGetValue(type, out List<T>? list))
        {
            list = new List<T>();
            map.Add(type, list);
        }

        list.Add(item);
    }

    /// <summary>The <c>[assembly: SorBinding…]</c> declarations of the compilation, by the type they are about.</summary>
    private sealed class AssemblyDeclarations
    {
        public AssemblyDeclarations(Compilation compilation, BindingTypes types)
        {
            foreach (AttributeData data in compilation.Assembly.GetAttributes())
            {
                if (types.Is(data, types.Binding) && TypeArgument(data) is { } bound
                    && data.ConstructorArguments.Length == 3
                    && data.ConstructorArguments[1].Value is string system && data.ConstructorArguments[2].Value is string entity)
                {
                    Add(Bindings, bound, new BindingDeclaration(bound, system, entity, IsComplete(data), data));
                }
                else if (types.Is(data, types.Member) && TypeArgument(data) is { } owner
                    && data.ConstructorArguments.Length == 3
                    && data.ConstructorArguments[1].Value is string member && data.ConstructorArguments[2].Value is string field)
                {
                    Add(Members, owner, new MemberDeclaration(owner, member, field, data));
                }
                else if (types.Is(data, types.Writer) && TypeArgument(data) is { } declaring
                    && data.ConstructorArguments.Length == 2 && data.ConstructorArguments[1].Value is string method)
                {
                    Add(Writers, declaring, new WriterDeclaration(declaring, method, KeyParameter(data), data));
                }
            }
        }

        public Dictionary<ISymbol, List<BindingDeclaration>> Bindings { get; } = new(SymbolEqualityComparer.Default);

        public Dictionary<ISymbol, List<MemberDeclaration>> Members { get; } = new(SymbolEqualityComparer.Default);

        public Dictionary<ISymbol, List<WriterDeclaration>> Writers { get; } = new(SymbolEqualityComparer.Default);
    }
}
