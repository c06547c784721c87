using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// The runtime's attribute types, resolved once per compilation by metadata name. A compilation that
/// does not reference the runtime has none of them, and the analyzers then register nothing.
/// </summary>
internal sealed class RuntimeTypes
{
    private RuntimeTypes(INamedTypeSymbol system, INamedTypeSymbol flow, INamedTypeSymbol modelField, INamedTypeSymbol? modelEntity, INamedTypeSymbol view, INamedTypeSymbol writes, INamedTypeSymbol record)
    {
        ModelEntity = modelEntity;
        Record = record;
        System = system;
        Flow = flow;
        ModelField = modelField;
        View = view;
        Writes = writes;
    }

    public INamedTypeSymbol System { get; }

    public INamedTypeSymbol Flow { get; }

    public INamedTypeSymbol ModelField { get; }

    /// <summary><c>[SorModelEntity]</c> on a generated descriptors class; null with a runtime older than it.</summary>
    public INamedTypeSymbol? ModelEntity { get; }

    public INamedTypeSymbol View { get; }

    public INamedTypeSymbol Writes { get; }

    public INamedTypeSymbol Record { get; }

    public static RuntimeTypes? Resolve(Compilation compilation)
    {
        IAssemblySymbol? runtime = RuntimeAssembly(compilation);
        INamedTypeSymbol? system = Type(compilation, runtime, "SorAnalyzers.SorSystemAttribute");
        INamedTypeSymbol? flow = Type(compilation, runtime, "SorAnalyzers.SorFlowAttribute");
        INamedTypeSymbol? modelField = Type(compilation, runtime, "SorAnalyzers.SorModelFieldAttribute");
        INamedTypeSymbol? modelEntity = Type(compilation, runtime, "SorAnalyzers.SorModelEntityAttribute");
        INamedTypeSymbol? view = Type(compilation, runtime, "SorAnalyzers.SorViewAttribute");
        INamedTypeSymbol? writes = Type(compilation, runtime, "SorAnalyzers.SorWritesAttribute");
        INamedTypeSymbol? record = Type(compilation, runtime, "SorAnalyzers.SorRecord");
        return system is null || flow is null || modelField is null || view is null || writes is null || record is null
            ? null
            : new RuntimeTypes(system, flow, modelField, modelEntity, view, writes, record);
    }

    /// <summary>The referenced runtime assembly (SorAnalyzers.Runtime), or null when none is referenced by that name.</summary>
    public static IAssemblySymbol? RuntimeAssembly(Compilation compilation)
    {
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Identity.Name == RuntimeAssemblyName)
            {
                return assembly;
            }
        }

        return null;
    }

    /// <summary>
    /// A runtime type, looked up in the runtime assembly when one is referenced, else in the whole compilation.
    /// The first is what a build has: it reads one assembly's type list. The compilation's own lookup searches every
    /// reference and the project's merged declarations, and the first analyzer to ask waits while the compiler builds them.
    /// </summary>
    public static INamedTypeSymbol? Type(Compilation compilation, IAssemblySymbol? runtime, string metadataName)
        => runtime?.GetTypeByMetadataName(metadataName) ?? compilation.GetTypeByMetadataName(metadataName);

    private const string RuntimeAssemblyName = "SorAnalyzers.Runtime";

    // Per assembly: whether it can carry the markers. Few assemblies, asked at every first sight of a member.
    private readonly Cache<IAssemblySymbol, bool> _carriers = Caches.BySymbol<IAssemblySymbol, bool>();

    /// <summary>
    /// Whether <paramref name="symbol"/>, or any member it overrides or implements, can carry the runtime's markers: its
    /// assembly is the markers' own or references it, directly or through other references (an interface of a library
    /// that references the runtime may be implemented by an assembly that does not). A framework assembly cannot, so
    /// the first sight of its members (LINQ, collections, strings) reads none of their attributes, which a new
    /// compiler would otherwise decode from metadata for nothing.
    /// </summary>
    public bool MayCarryMarkers(ISymbol symbol)
    {
        IAssemblySymbol? assembly = symbol.ContainingAssembly;
        return assembly is null || _carriers.GetOrAdd(assembly, static (a, types) => types.Reaches(a, types.ModelField.ContainingAssembly), this);
    }

    private bool Reaches(IAssemblySymbol from, IAssemblySymbol markers)
    {
        var seen = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default) { from };
        var pending = new Stack<IAssemblySymbol>();
        pending.Push(from);
        while (pending.Count > 0)
        {
            IAssemblySymbol current = pending.Pop();
            if (SymbolEqualityComparer.Default.Equals(current, markers)
                || (_carriers.TryGetValue(current, out bool known) && known))
            {
                return true;
            }

            foreach (IModuleSymbol module in current.Modules)
            {
                foreach (IAssemblySymbol referenced in module.ReferencedAssemblySymbols)
                {
                    if (seen.Add(referenced))
                    {
                        pending.Push(referenced);
                    }
                }
            }
        }

        return false;
    }

    public AttributeData? Find(ISymbol symbol, INamedTypeSymbol attribute)
    {
        foreach (AttributeData data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return data;
            }
        }

        return null;
    }

    /// <summary>The first constructor argument as a string ("crm"), or null while it is not a constant yet.</summary>
    public static string? FirstString(AttributeData data)
        => data.ConstructorArguments.Length > 0 && data.ConstructorArguments[0].Value is string text ? text : null;

    public static string? NamedString(AttributeData data, string name)
    {
        foreach (var pair in data.NamedArguments)
        {
            if (pair.Key == name && pair.Value.Value is string text)
            {
                return text;
            }
        }

        return null;
    }
}
