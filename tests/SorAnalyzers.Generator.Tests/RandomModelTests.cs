using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Generator.Input;
using SorAnalyzers.Generator.Plan;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Naming;
using SorAnalyzers.Model.Reading;
using Xunit;

namespace SorAnalyzers.Generator.Tests;

/// <summary>
/// Property: every valid model reads without a diagnostic and generates code that compiles without
/// one, and that code keeps the contract the analyzers rely on (one descriptor per field; a view per
/// holder with a setter exactly where it owns; a flow view with exactly the fields carried).
/// SOR_GEN_ITERATIONS raises the count (default kept small so the suite stays fast).
/// </summary>
public class RandomModelTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("SOR_GEN_ITERATIONS"), out long n) ? n : 5;

    [Fact]
    public void Random_valid_models_generate_code_that_compiles_and_keeps_the_contract()
    {
        RandomModels.Gen.Sample(yaml =>
        {
            ModelReadResult read = ModelReader.Read(yaml);
            Assert.True(read.Diagnostics.Count == 0, string.Join("\n", read.Diagnostics) + "\n---\n" + yaml);

            GenerationOutcome outcome = new GeneratorHarness(yaml).Run();
            outcome.AssertClean();
            GeneratedContract.Check(read.Model!, outcome.Output);
            string ns = ModelPlanner.Plan(read.Model!, new GenerationOptions(null, true, true)).Namespace.Replace("@", string.Empty);
            GeneratedAssembly.Run(outcome.Output, assembly => GeneratedAssembly.CheckDescriptors(read.Model!, assembly, ns));
        }, iter: Iterations, threads: 1);
    }
}

/// <summary>Reads the generated members back by their attributes, as the analyzers do, and compares them with the model.</summary>
internal static class GeneratedContract
{
    public static void Check(OwnershipModel model, Compilation compilation)
    {
        var descriptors = new List<string>();
        var systemViews = new List<(string System, string Entity)>();
        var flowViews = new List<(string Flow, string Entity)>();
        foreach (INamedTypeSymbol type in Types(compilation.Assembly.GlobalNamespace))
        {
            // A descriptors class: [SorModelEntity] names the entity, each static field's name its field.
            AttributeData? entityClass = type.GetAttributes().SingleOrDefault(a => a.AttributeClass?.ToDisplayString() == "SorAnalyzers.SorModelEntityAttribute");
            IReadOnlyDictionary<string, FieldDefinition> named = entityClass is null
                ? new Dictionary<string, FieldDefinition>()
                : GeneratedNames.DescriptorFields(model.FindEntity((string)entityClass.ConstructorArguments.Single().Value!)!, type.Name);
            foreach (IFieldSymbol field in type.GetMembers().OfType<IFieldSymbol>())
            {
                Assert.Null(ModelField(field));
                if (named.TryGetValue(field.Name, out FieldDefinition? descriptor))
                {
                    Assert.True(field.IsStatic && field.IsReadOnly, $"{field} is not a static readonly descriptor");
                    Assert.Equal("SorAnalyzers.SorField<T>", (field.Type as INamedTypeSymbol)?.OriginalDefinition.ToDisplayString());
                    descriptors.Add(descriptor.Key);
                }
            }

            Assert.True(entityClass is null || named.Count == type.GetMembers().OfType<IFieldSymbol>().Count(), $"{type} has a member that is not a descriptor of its entity");

            AttributeData? view = type.GetAttributes().SingleOrDefault(a => a.AttributeClass?.ToDisplayString() == "SorAnalyzers.SorViewAttribute");
            if (view is null)
            {
                continue;
            }

            string entity = (string)view.ConstructorArguments.Single().Value!;
            string? system = view.NamedArguments.SingleOrDefault(a => a.Key == "System").Value.Value as string;
            string? flowId = view.NamedArguments.SingleOrDefault(a => a.Key == "Flow").Value.Value as string;
            var properties = type.GetMembers().OfType<IPropertySymbol>().Select(p => (Property: p, Key: ModelField(p))).Where(p => p.Key is not null).ToList();
            Assert.All(properties, p => Assert.StartsWith(entity + ".", p.Key));
            IEnumerable<string> expected;
            if (system is not null)
            {
                systemViews.Add((system, entity));
                expected = model.FindEntity(entity)!.Fields.Select(f => f.Key).Where(k => model.Holds(system, k));
                Assert.All(properties, p => Assert.Equal(model.Owns(system, p.Key!), p.Property.SetMethod is not null));
            }
            else
            {
                FlowDefinition flow = model.FindFlow(flowId!)!;
                flowViews.Add((flow.Id, entity));
                expected = model.FindEntity(entity)!.Fields.Select(f => f.Key).Where(flow.Carries);
                Assert.All(properties, p => Assert.NotNull(p.Property.SetMethod));
            }

            Assert.Equal(expected, properties.Select(p => p.Key!));
        }

        Assert.Equal(model.AllFields.Select(f => f.Key).OrderBy(k => k, StringComparer.Ordinal), descriptors.OrderBy(k => k, StringComparer.Ordinal));
        var holdingPairs = model.Systems.SelectMany(s => model.Entities.Where(e => e.Fields.Any(f => model.Holds(s.Id, f.Key))).Select(e => (s.Id, e.Name)));
        Assert.Equal(holdingPairs.OrderBy(p => p), systemViews.OrderBy(p => p));
        var carryingPairs = model.Flows.SelectMany(f => model.Entities.Where(e => e.Fields.Any(x => f.Carries(x.Key))).Select(e => (f.Id, e.Name)));
        Assert.Equal(carryingPairs.OrderBy(p => p), flowViews.OrderBy(p => p));
    }

    private static string? ModelField(ISymbol member)
    {
        AttributeData? attribute = member.GetAttributes().SingleOrDefault(a => a.AttributeClass?.ToDisplayString() == "SorAnalyzers.SorModelFieldAttribute");
        return attribute is null ? null : $"{attribute.ConstructorArguments[0].Value}.{attribute.ConstructorArguments[1].Value}";
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceOrTypeSymbol container)
    {
        foreach (ISymbol member in container.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol nested)
            {
                if (nested is INamedTypeSymbol type)
                {
                    yield return type;
                }

                foreach (INamedTypeSymbol inner in Types(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
