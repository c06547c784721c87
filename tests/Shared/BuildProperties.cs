using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SorAnalyzers.Testing;

/// <summary>
/// Build properties as the compiler hands them to generators and analyzers (<c>build_property.X</c>, global
/// options), for compilations built by hand.
/// </summary>
public sealed class BuildProperties(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    private static readonly Options NoOptions = new(new Dictionary<string, string>());

    /// <summary>Every view of the model (<c>SorViews=all</c>), as a project that publishes the model's API sets it.</summary>
    public static BuildProperties AllViews { get; } = new(new Dictionary<string, string> { ["build_property.SorViews"] = "all" });

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NoOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => NoOptions;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
