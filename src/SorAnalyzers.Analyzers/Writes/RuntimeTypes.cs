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
        INamedTypeSymbol? system = compilation.GetTypeByMetadataName("SorAnalyzers.SorSystemAttribute");
        INamedTypeSymbol? flow = compilation.GetTypeByMetadataName("SorAnalyzers.SorFlowAttribute");
        INamedTypeSymbol? modelField = compilation.GetTypeByMetadataName("SorAnalyzers.SorModelFieldAttribute");
        INamedTypeSymbol? modelEntity = compilation.GetTypeByMetadataName("SorAnalyzers.SorModelEntityAttribute");
        INamedTypeSymbol? view = compilation.GetTypeByMetadataName("SorAnalyzers.SorViewAttribute");
        INamedTypeSymbol? writes = compilation.GetTypeByMetadataName("SorAnalyzers.SorWritesAttribute");
        INamedTypeSymbol? record = compilation.GetTypeByMetadataName("SorAnalyzers.SorRecord");
        return system is null || flow is null || modelField is null || view is null || writes is null || record is null
            ? null
            : new RuntimeTypes(system, flow, modelField, modelEntity, view, writes, record);
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
