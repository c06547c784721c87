using System;
using System.Linq;
using System.Reflection;

namespace SorAnalyzers.Package.Tests;

/// <summary>What the test build recorded in this assembly (see the csproj): the repository root, the configuration.</summary>
public static class TestAssembly
{
    public static string Metadata(string key)
        => typeof(TestAssembly).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"No {key} metadata on the test assembly");
}
