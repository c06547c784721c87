using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Naming;
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
    /// field name with '.', holders not starting with the owner would throw) and says what the model says:
    /// owner, holders, description, flags, deprecation, and its flows with all their metadata. Each flow is
    /// one instance, shared by the descriptors and <c>SorCatalog.Flows</c>; each descriptor in
    /// <c>SorCatalog.Fields</c> is the one in <c>SorFields</c>.
    /// </summary>
    public static void CheckDescriptors(OwnershipModel model, Assembly assembly, string ns)
    {
        Type catalog = assembly.GetType(ns + ".SorCatalog", throwOnError: true)!;
        var fields = (IReadOnlyList<SorField>)catalog.GetProperty("Fields")!.GetValue(null)!;
        var flows = (IReadOnlyList<SorFlowInfo>)catalog.GetProperty("Flows")!.GetValue(null)!;
        Assert.Equal(model.Flows.Select(f => f.Id), flows.Select(f => f.Id));
        foreach ((FlowDefinition expected, SorFlowInfo actual) in model.Flows.Zip(flows))
        {
            CheckFlow(expected, actual);
        }

        Assert.Equal(model.AllFields.Select(f => f.Key), fields.Select(f => f.Key));
        GeneratedNames names = GeneratedNames.Of(model);
        foreach (SorField field in fields)
        {
            FieldDefinition expected = model.FindField(field.Key)!;
            Assert.Equal(expected.Entity, field.Entity);
            Assert.Equal(expected.Name, field.Name);
            Assert.Equal(expected.Owner, field.Owner);
            Assert.Equal(model.HoldersOf(field.Key).Select(h => h.System), field.HeldBy);
            Assert.Equal(expected.Description, field.Description);
            Assert.Equal(expected.Pii, field.IsPii);
            Assert.Equal(expected.Required, field.IsRequired);
            Assert.Equal(expected.Immutable, field.IsImmutable);
            Assert.Equal(expected.Deprecated, field.Deprecated);
            Assert.Equal(model.FlowsCarrying(field.Key).Select(f => f.Id), field.Flows.Select(f => f.Id));
            foreach (SorFlowInfo flow in field.Flows)
            {
                Assert.Same(flows.Single(f => f.Id == flow.Id), flow);
            }

            // A keyword is escaped in C# (@class), not in metadata.
            Type entity = assembly.GetType($"{ns}.SorFields+{names.EntityClass(expected.Entity).TrimStart('@')}", throwOnError: true)!;
            Assert.Same(field, entity.GetField(names.Descriptor(field.Key).TrimStart('@'))!.GetValue(null));
        }

        var systems = (IReadOnlyList<SorSystemInfo>)catalog.GetProperty("Systems")!.GetValue(null)!;
        Assert.Equal(model.Systems.Select(s => s.Id), systems.Select(s => s.Id));
    }

    private static void CheckFlow(FlowDefinition expected, SorFlowInfo actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.From, actual.From);
        Assert.Equal(expected.To, actual.To);
        Assert.Equal(expected.Frequency, actual.Frequency);
        Assert.Equal(expected.Conflict.ToString(), actual.Conflict.ToString());
        Assert.Equal(expected.ErrorOwner, actual.ErrorOwner);
    }
}
