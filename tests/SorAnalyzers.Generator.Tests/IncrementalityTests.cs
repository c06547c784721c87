using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace SorAnalyzers.Generator.Tests;

/// <summary>
/// The pipeline does no work again unless the model changes: every tracked step is Cached or
/// Unchanged on a second run and after a C# edit, and no step holds a symbol, node or compilation.
/// </summary>
public class IncrementalityTests
{
    private const string UserCode = "namespace App { internal static class Job { public static int Run() => 1; } }";

    [Fact]
    public void A_second_run_reuses_every_step()
    {
        GeneratorHarness harness = ExampleModelTests.Example("revops").WithSource(UserCode);
        GeneratorDriver driver = harness.CreateDriver().RunGenerators(harness.Compilation);

        GeneratorRunResult second = driver.RunGenerators(harness.Compilation.Clone()).GetRunResult().Results.Single();

        AssertAllReused(second);
    }

    [Fact]
    public void A_csharp_edit_reuses_every_step()
    {
        // By default (views on use): the names of the C# files are read, and only those of the files an edit touched.
        GeneratorHarness harness = ExampleModelTests.Example("revops", views: null)
            .WithSource(UserCode)
            .WithSource("namespace Contoso.RevOps.Jobs { internal static class Untouched { static object View(SorAnalyzers.SorRecord r) => new Crm.Account(r); } }");
        GeneratorDriver driver = harness.CreateDriver().RunGenerators(harness.Compilation);
        SyntaxTree tree = harness.Compilation.SyntaxTrees.First();
        Compilation edited = harness.Compilation
            .ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(UserCode.Replace("=> 1", "=> 2"))))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { internal sealed class Other { } }", harness.ParseOptions));

        GeneratorRunResult run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllReused(run);

        // The names are read again from the edited file (the same names: unchanged) and the added one; the
        // untouched file's are reused without reading it.
        Assert.Equal(
            new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached, IncrementalStepRunReason.New },
            Reasons(run, TrackingNames.NamesInFile));
    }

    [Fact]
    public void Moving_lines_in_the_model_changes_no_generated_file()
    {
        GeneratorHarness harness = ExampleModelTests.Example("revops");
        GeneratorDriver driver = harness.CreateDriver().RunGenerators(harness.Compilation);
        AdditionalText original = harness.AdditionalTexts.Single();
        string text = original.GetText()!.ToString();
        AdditionalText reformatted = new GeneratorHarness("# a comment that shifts every span\n\n" + text.Replace("  crm:\n", "  crm:   \n"), original.Path).AdditionalTexts.Single();

        GeneratorRunResult run = driver.ReplaceAdditionalText(original, reformatted).RunGenerators(harness.Compilation).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.Model).Single());
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reasons(run, TrackingNames.Plan).Single());
        Assert.All(Reasons(run, TrackingNames.Files), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_one_field_regenerates_only_the_files_that_show_it()
    {
        GeneratorHarness harness = ExampleModelTests.Example("revops");
        GeneratorDriver driver = harness.CreateDriver().RunGenerators(harness.Compilation);
        AdditionalText original = harness.AdditionalTexts.Single();
        string text = original.GetText()!.ToString().Replace("Territory:    { type: string,  owner: crm }", "Territory:    { type: string,  owner: crm, description: Sales region. }");
        AdditionalText edited = new GeneratorHarness(text, original.Path).AdditionalTexts.Single();

        GeneratorRunResult run = driver.ReplaceAdditionalText(original, edited).RunGenerators(harness.Compilation).GetRunResult().Results.Single();

        // Territory is owned by crm and copied to bi by crm-to-bi: its descriptor and the views of crm,
        // bi and crm-to-bi show its description; every other file (the catalog too) is the same text.
        Assert.Equal(new[] { "SorModel.Fields.g.cs", "SorModel.FlowViews.CrmToBi.g.cs", "SorModel.Views.Bi.g.cs", "SorModel.Views.Crm.g.cs" }, Regenerated(run));
    }

    [Fact]
    public void Every_step_value_is_a_reference_type()
    {
        // The driver's tables are generic in each step's value: a value type is generic code JIT-compiled anew
        // by every compiler process (no compiler server), a reference type shares one copy. Only Collect's
        // ImmutableArray and Combine's pairs are structs the pipeline cannot avoid, shared while they hold
        // reference types. Every step is walked, named or not.
        GeneratorHarness harness = ExampleModelTests.Example("revops", views: null).WithSource(UserCode);
        GeneratorRunResult run = harness.CreateDriver().RunGenerators(harness.Compilation).GetRunResult().Results.Single();

        var seen = new HashSet<IncrementalGeneratorRunStep>();
        var pending = new Stack<IncrementalGeneratorRunStep>(run.TrackedSteps.Values.SelectMany(s => s).Concat(run.TrackedOutputSteps.Values.SelectMany(s => s)));
        var valueTypes = new SortedSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            IncrementalGeneratorRunStep step = pending.Pop();
            if (!seen.Add(step))
            {
                continue;
            }

            foreach ((object value, _) in step.Outputs)
            {
                if (value is not null && !SharesCompiledCode(value.GetType()))
                {
                    valueTypes.Add($"{step.Name ?? "(unnamed)"}: {value.GetType()}");
                }
            }

            foreach ((IncrementalGeneratorRunStep source, _) in step.Inputs)
            {
                pending.Push(source);
            }
        }

        Assert.True(seen.Count > TrackingNames.All.Length, "the walk did not reach the unnamed steps");
        Assert.Empty(valueTypes);
    }

    /// <summary>
    /// A reference type; or what the driver makes of them: Collect's ImmutableArray of one, Combine's pair of
    /// two (each one shared instantiation for all reference types).
    /// </summary>
    private static bool SharesCompiledCode(Type type)
    {
        if (!type.IsValueType)
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        Type definition = type.GetGenericTypeDefinition();
        return (definition == typeof(System.Collections.Immutable.ImmutableArray<>) && !type.GetGenericArguments()[0].IsValueType)
            || (definition == typeof(ValueTuple<,>) && type.GetGenericArguments().All(SharesCompiledCode));
    }

    [Fact]
    public void No_step_holds_a_symbol_a_node_or_a_compilation()
    {
        GeneratorHarness harness = ExampleModelTests.Example("revops").WithSource(UserCode);
        GeneratorRunResult run = harness.CreateDriver().RunGenerators(harness.Compilation).GetRunResult().Results.Single();

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach ((string name, var steps) in run.TrackedSteps.Where(s => TrackingNames.All.Contains(s.Key)))
        {
            foreach (IncrementalGeneratorRunStep step in steps)
            {
                foreach ((object value, _) in step.Outputs)
                {
                    AssertNoRoslynObjects(value, name, visited);
                }
            }
        }

        Assert.NotEmpty(visited);
    }

    [Fact]
    public void The_walk_finds_a_compilation_deep_inside_a_value()
    {
        var leaky = (Name: "x", Items: new object[] { new List<object> { ExampleModelTests.Example("revops").Compilation } });

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertNoRoslynObjects(leaky, "leaky", new HashSet<object>(ReferenceEqualityComparer.Instance)));
    }

    /// <summary>The hint names of the files (core and views) a run produced anew, sorted.</summary>
    internal static IEnumerable<string> Regenerated(GeneratorRunResult run)
        => new[] { TrackingNames.Files, TrackingNames.ViewFiles }
            .SelectMany(step => run.TrackedSteps[step].SelectMany(s => s.Outputs))
            .Where(o => o.Reason is not IncrementalStepRunReason.Cached and not IncrementalStepRunReason.Unchanged)
            .Select(o => ((SorAnalyzers.Generator.Emit.GeneratedFile)o.Value).HintName)
            .OrderBy(h => h, StringComparer.Ordinal);

    private static void AssertAllReused(GeneratorRunResult run)
    {
        Assert.Null(run.Exception);
        Assert.Equal(TrackingNames.All.OrderBy(n => n), run.TrackedSteps.Keys.Where(TrackingNames.All.Contains).OrderBy(n => n));

        // The one step a C# edit re-runs reads the names of the files it changed or added (checked by the callers).
        foreach (string name in TrackingNames.All.Where(n => n != TrackingNames.NamesInFile))
        {
            Assert.All(Reasons(run, name), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {name} ran again: {reason}"));
        }

        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult run, string step)
        => run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    /// <summary>Walks the object graph of a step's output (fields, items) and fails on anything Roslyn's.</summary>
    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Type type = value.GetType();
        bool roslyn = value is ISymbol or SyntaxNode or SyntaxTree or Compilation or SemanticModel or Location
            || type.Assembly.GetName().Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal);
        Assert.False(roslyn, $"{path} holds a {type.FullName}");

        if (value is IEnumerable items)
        {
            int index = 0;
            foreach (object? item in items)
            {
                AssertNoRoslynObjects(item, $"{path}[{index++}]", visited);
            }
        }

        for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertNoRoslynObjects(field.GetValue(value), $"{path}.{field.Name}", visited);
            }
        }
    }
}
