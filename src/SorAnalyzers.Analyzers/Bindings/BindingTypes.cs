using Microsoft.CodeAnalysis;
using SorAnalyzers.Analyzers.Writes;

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
        IAssemblySymbol? runtime = RuntimeTypes.RuntimeAssembly(compilation);
        INamedTypeSymbol? binding = RuntimeTypes.Type(compilation, runtime, "SorAnalyzers.SorBindingAttribute");
        INamedTypeSymbol? member = RuntimeTypes.Type(compilation, runtime, "SorAnalyzers.SorBindingMemberAttribute");
        INamedTypeSymbol? writer = RuntimeTypes.Type(compilation, runtime, "SorAnalyzers.SorBindingWriterAttribute");
        return binding is null || member is null || writer is null ? null : new BindingTypes(binding, member, writer);
    }

    public bool Is(AttributeData data, INamedTypeSymbol attribute) => SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute);
}
