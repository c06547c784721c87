using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Model;
using Xunit;

namespace SorAnalyzers.Generator.Tests;

/// <summary>Emits a compilation with generated code, loads it in a collectible context and runs checks against it.</summary>
internal static class GeneratedAssembly
{
    public static void Run(Compilation compilation, Action<Assembly> check)
    {
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var context = new AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            image.Position = 0;
            check(context.LoadFromStream(image));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// Every descriptor is constructed at run time (the runtime validates its arguments: an entity or
    /// field name with '.', holders not starting with the owner would throw) and says what the model says.
    /// </summary>
    public static void CheckDescriptors(OwnershipModel model, Assembly assembly, string ns)
    {
        Type catalog = assembly.GetType(ns + ".SorCatalog", throwOnError: true)!;
        var fields = (IReadOnlyList<SorField>)catalog.GetProperty("Fields")!.GetValue(null)!;
        Assert.Equal(model.AllFields.Select(f => f.Key), fields.Select(f => f.Key));
        foreach (SorField field in fields)
        {
            Assert.Equal(model.FindField(field.Key)!.Owner, field.Owner);
            Assert.Equal(model.HoldersOf(field.Key).Select(h => h.System), field.HeldBy);
            Assert.Equal(model.FlowsCarrying(field.Key).Select(f => f.Id), field.Flows.Select(f => f.Id));
            Assert.Equal(model.FindField(field.Key)!.Description, field.Description);
        }

        var systems = (IReadOnlyList<SorSystemInfo>)catalog.GetProperty("Systems")!.GetValue(null)!;
        Assert.Equal(model.Systems.Select(s => s.Id), systems.Select(s => s.Id));
        var flows = (IReadOnlyList<SorFlowInfo>)catalog.GetProperty("Flows")!.GetValue(null)!;
        Assert.Equal(model.Flows.Select(f => f.Id), flows.Select(f => f.Id));
    }
}
