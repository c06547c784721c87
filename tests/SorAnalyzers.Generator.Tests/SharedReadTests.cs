using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Generator.Input;
using SorAnalyzers.Model.Reading;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Generator.Tests;

/// <summary>Runs alone: other tests reading models at the same time could push this one's read out of the bounded cache.</summary>
[CollectionDefinition(nameof(SharedReadCollection), DisableParallelization = true)]
public sealed class SharedReadCollection
{
}

/// <summary>The generator reads a model text once for itself, the analyzers and the next build (ModelReadCache).</summary>
[Collection(nameof(SharedReadCollection))]
public class SharedReadTests
{
    [Fact]
    public void A_new_driver_on_the_same_model_text_reuses_the_shared_read()
    {
        // What the analyzers and the next build in the compiler server see: the read the generator made.
        string yaml = File.ReadAllText(RepoFiles.Model("revops.sor.yaml")) + "# " + nameof(A_new_driver_on_the_same_model_text_reuses_the_shared_read) + "\n";
        var harness = new GeneratorHarness(yaml);
        ModelRead first = ReadStep(harness.CreateDriver().RunGenerators(harness.Compilation).GetRunResult());
        ModelRead second = ReadStep(new GeneratorHarness(new string(yaml.ToCharArray())).CreateDriver().RunGenerators(harness.Compilation).GetRunResult());

        Assert.NotNull(first.Model);
        Assert.Same(first.Model, second.Model);
        Assert.Same(first.Model, ModelReadCache.Read(new[] { new ModelSource(harness.ModelPath, yaml) }).Model);
        Assert.NotSame(first.Model, ReadStep(new GeneratorHarness(yaml + "# edited\n").CreateDriver().RunGenerators(harness.Compilation).GetRunResult()).Model);
    }

    private static ModelRead ReadStep(GeneratorDriverRunResult run)
        => (ModelRead)run.Results.Single().TrackedSteps[TrackingNames.Read].Single().Outputs.Single().Value!;
}
