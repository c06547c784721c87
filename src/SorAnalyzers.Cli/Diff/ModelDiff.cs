using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Model.Changes;

namespace SorAnalyzers.Cli.Diff;

/// <summary>
/// The changes of one model file between two versions, and the verdict: breaking changes fail unless the
/// model's version raised its major number. <see cref="NewVersion"/>/<see cref="OldVersion"/> are null when
/// the model has none (or the file is new or gone).
/// </summary>
public sealed record ModelDiff(string DisplayPath, string? Namespace, string? OldVersion, string? NewVersion, IReadOnlyList<ModelChange> Changes)
{
    public int Count(ChangeSeverity severity) => Changes.Count(c => c.Severity == severity);

    public bool HasBreaking => Count(ChangeSeverity.Breaking) > 0;

    public bool MajorRaised => ModelVersion.MajorRaised(OldVersion, NewVersion);

    /// <summary>Breaking changes without a new major version: the review fails.</summary>
    public bool Fails => HasBreaking && !MajorRaised;

    /// <summary>The version that would accept the breaking changes: the next major.</summary>
    public string NextMajor => ModelVersion.Major(OldVersion) is int major ? $"{major + 1}.0.0" : "a version with a higher major number";
}
