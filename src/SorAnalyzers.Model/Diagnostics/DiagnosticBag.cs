using System.Collections.Generic;
using System.Collections.Immutable;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Diagnostics;

/// <summary>Collects the diagnostics of one model read, in the order they were found.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<ModelDiagnostic> _items = new();

    public List<ModelDiagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == ModelSeverity.Error);

    /// <param name="suggestion">A did-you-mean replacement, kept in Properties for code fixes.</param>
    public void Add(ModelRule rule, ModelSpan span, string? suggestion, params string[] arguments)
    {
        ImmutableDictionary<string, string?>? properties = suggestion is null
            ? null
            : ImmutableDictionary<string, string?>.Empty.Add(ModelDiagnostic.SuggestionProperty, suggestion);
        _items.Add(new ModelDiagnostic(rule, span, arguments.ToEquatableArray(), null, properties));
    }

    public void AddDuplicate(ModelRule rule, ModelSpan span, ModelSpan first, params string[] arguments)
        => _items.Add(new ModelDiagnostic(rule, span, arguments.ToEquatableArray(), first));

    public void Add(ModelDiagnostic diagnostic) => _items.Add(diagnostic);
}
