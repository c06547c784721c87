using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>The real Riok.Mapperly 4.3.1, from its package: its generator (the build for the Roslyn the tests run on) and its attributes.</summary>
internal static class Mapperly
{
    private static readonly string Package = typeof(Mapperly).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "MapperlyPackage").Value!;

    public static readonly MetadataReference Abstractions =
        MetadataReference.CreateFromFile(Path.Combine(Package, "lib", "netstandard2.0", "Riok.Mapperly.Abstractions.dll"));

    public static IIncrementalGenerator Generator()
    {
        Assembly assembly = Assembly.LoadFrom(Path.Combine(Package, "analyzers", "roslyn4.14", "dotnet", "cs", "Riok.Mapperly.dll"));
        return (IIncrementalGenerator)Activator.CreateInstance(assembly.GetType("Riok.Mapperly.MapperGenerator", throwOnError: true)!)!;
    }
}
