using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Input;

/// <summary>
/// What the generator takes from the compilation about other projects: the <c>[SorGeneratedModel]</c>
/// markers of the referenced assemblies (strings only, so the step compares by value and editing C#
/// changes nothing downstream), and whether the marker type exists here (the runtime library is referenced).
/// </summary>
internal sealed record ReferencedModels(bool CanMark, EquatableArray<ReferencedModel> Models)
{
    public const string MarkerMetadataName = "SorAnalyzers.SorGeneratedModelAttribute";

    public static ReferencedModels In(Compilation compilation, CancellationToken token)
    {
        INamedTypeSymbol? marker = compilation.GetTypeByMetadataName(MarkerMetadataName);
        if (marker is null)
        {
            return new ReferencedModels(false, EquatableArray<ReferencedModel>.Empty);
        }

        // Only an assembly that references the marker's own can carry it: the framework's hundred-odd reference
        // assemblies are passed over without decoding their attributes.
        string markerAssembly = marker.ContainingAssembly.Identity.Name;
        var models = new List<ReferencedModel>();
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            token.ThrowIfCancellationRequested();
            if (!References(assembly, markerAssembly))
            {
                continue;
            }

            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, marker)
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is string ns
                    && attribute.ConstructorArguments[1].Value is string hash)
                {
                    models.Add(new ReferencedModel(assembly.Identity.Name, ns, hash));
                }
            }
        }

        return new ReferencedModels(true, models.ToEquatableArray());
    }

    private static bool References(IAssemblySymbol assembly, string name)
    {
        foreach (IModuleSymbol module in assembly.Modules)
        {
            foreach (AssemblyIdentity reference in module.ReferencedAssemblies)
            {
                if (string.Equals(reference.Name, name, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>One referenced assembly's marker: the assembly's name, the model's namespace and content hash.</summary>
internal sealed record ReferencedModel(string Assembly, string Namespace, string Hash);
