using System.Collections.Immutable;
using System.Linq;
using SorAnalyzers.Model.Diagnostics;

namespace SorAnalyzers.Model.Reading;

/// <summary>
/// The outcome of reading one model text: the valid parts as a model (null when nothing usable could be
/// read: a syntax error, an empty file, an unsupported version) and every problem found.
/// </summary>
public sealed record ModelReadResult(OwnershipModel? Model, EquatableArray<ModelDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == ModelSeverity.Error);
}
