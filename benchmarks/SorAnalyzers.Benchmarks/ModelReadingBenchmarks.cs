using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// <see cref="ModelReader.Read"/>: YAML parse, validation and holding resolution, the work the
/// generator and the analyzers each do once per model text.
/// </summary>
[MemoryDiagnoser]
public class ModelReadingBenchmarks
{
    private string _reference = string.Empty;
    private string _large = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _reference = IntegrationProject.ReferenceModel();
        _large = SyntheticModel.Yaml();
        Check(ModelReader.Read(_reference), fields: 17, systems: 5, flows: 7);
        Check(ModelReader.Read(_large), SyntheticModel.EntityCount * SyntheticModel.FieldsPerEntity, SyntheticModel.SystemCount, SyntheticModel.FlowCount);
    }

    [Benchmark(Baseline = true, Description = "revops.sor.yaml (17 fields, 5 systems, 7 flows)")]
    public ModelReadResult ReferenceModel() => ModelReader.Read(_reference);

    [Benchmark(Description = "synthetic (500 fields, 8 systems, 20 flows)")]
    public ModelReadResult LargeModel() => ModelReader.Read(_large);

    /// <summary>A benchmark of a model that does not read as intended would measure the wrong thing.</summary>
    private static void Check(ModelReadResult result, int fields, int systems, int flows)
    {
        OwnershipModel? model = result.Model;
        if (result.Diagnostics.Count > 0 || model is null || model.AllFields.Count() != fields || model.Systems.Count != systems || model.Flows.Count != flows)
        {
            throw new InvalidOperationException(
                $"Unexpected model: {model?.AllFields.Count()} fields, {model?.Systems.Count} systems, {model?.Flows.Count} flows; "
                + string.Join("; ", result.Diagnostics.Select(d => d.ToString())));
        }
    }
}
