using System;
using System.Linq;
using SorAnalyzers.Generator.Diagnostics;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Generator.Input;

/// <summary>
/// Where the model's generated API lives for this project: here (the project generates it and marks its
/// assembly), or in a referenced assembly whose marker names the same namespace (the project generates
/// nothing and uses that API, so no type is declared twice). A referenced API generated from another
/// version of the model is SOR0035 at the model.
/// </summary>
internal sealed record ApiHome(string? Namespace, string? Hash, bool CanMark, ReferencedModel? Existing, EquatableArray<ModelProblem> Problems)
{
    public static ApiHome Nowhere { get; } = new(null, null, false, null, EquatableArray<ModelProblem>.Empty);

    /// <summary>True when this project generates the model's API.</summary>
    public bool GeneratesHere => Existing is null;

    public static ApiHome Decide(string? ns, string path, string? hash, ReferencedModels referenced)
    {
        if (ns is null || hash is null)
        {
            return Nowhere;
        }

        ReferencedModel[] same = referenced.Models.Where(m => string.Equals(m.Namespace, ns, StringComparison.Ordinal)).ToArray();
        if (same.Length == 0)
        {
            return new ApiHome(ns, hash, referenced.CanMark, null, EquatableArray<ModelProblem>.Empty);
        }

        if (same.FirstOrDefault(m => string.Equals(m.Hash, hash, StringComparison.Ordinal)) is { } match)
        {
            return new ApiHome(ns, hash, referenced.CanMark, match, EquatableArray<ModelProblem>.Empty);
        }

        ReferencedModel other = same[0];
        var problem = new ModelProblem(
            ModelRules.ReferencedModelDiffers, path, 0, ModelSpan.None,
            new EquatableArray<string>(new[] { other.Assembly, ns, other.Hash, hash }), null);
        return new ApiHome(ns, hash, referenced.CanMark, other, new EquatableArray<ModelProblem>(new[] { problem }));
    }
}
