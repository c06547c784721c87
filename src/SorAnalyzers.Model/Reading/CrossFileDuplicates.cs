using System.Collections.Generic;
using SorAnalyzers.Model.Diagnostics;

namespace SorAnalyzers.Model.Reading;

/// <summary>
/// A name declared twice is reported at the second declaration, pointing at the first. When the two are
/// in different files, the owner of either file must see it in their own file: the one rule for that is
/// here, for every kind of duplicate (key, flow id, name collision).
/// </summary>
internal static class CrossFileDuplicates
{
    /// <summary>The diagnostics, each duplicate across files followed by its mirror at the other place.</summary>
    public static List<ModelDiagnostic> ReportedAtBothPlaces(List<ModelDiagnostic> diagnostics)
    {
        var result = new List<ModelDiagnostic>(diagnostics.Count);
        foreach (ModelDiagnostic diagnostic in diagnostics)
        {
            result.Add(diagnostic);
            if (diagnostic.RelatedSpan is { } other && other.Source != diagnostic.Span.Source)
            {
                result.Add(diagnostic with { Span = other, RelatedSpan = diagnostic.Span });
            }
        }

        return result;
    }
}
