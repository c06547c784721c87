using Microsoft.CodeAnalysis;

namespace SorAnalyzers.Analyzers.Bindings;

/// <summary>The runtime's binding attributes, resolved once per compilation; null when the runtime referenced predates them.</summary>
internal sealed class BindingTypes
{
    private BindingTypes(INamedTypeSymbol binding, INamedTypeSymbol member, INamedTypeSymbol writer)
    {
        Binding = binding;
        Member = member;
        Writer = writer;
    }

    public INamedTypeSymbol Binding { get; }

    public INamedTypeSymbol Member { get; }

    public INamedTypeSymbol Writer { get; }

    public static BindingTypes? Resolve(Compilation compilation)
    {
        INamedTypeSymbol? binding = compilation.GetTypeByMetadataName("SorAnalyzers.SorBindingAttribute");
        INamedTypeSymbol? member = compilation.GetTypeByMetadataName("SorAnalyzers.SorBindingMemberAttribute");
        INamedTypeSymbol? writer = compilation.GetTypeByMetadataName("SorAnalyzers.SorBindingWriterAttribute");
        return binding is null || member is null || writer is null ? null : new BindingTypes(binding, member, writer);
    }

    public bool Is(AttributeData data, INamedTypeSymbol attribute) => SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute);
}
