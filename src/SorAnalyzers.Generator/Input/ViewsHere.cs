using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Input;

/// <summary>
/// The views this project declares, and how. Where the project is the model's home (it generates the API),
/// the chosen views, public: other projects may use them. Where a referenced assembly is the home, only the
/// chosen views that no referenced assembly already gives this project, internal: each project keeps its own,
/// so two projects that both add <c>Billing.Account</c> never clash in a third that references both. When the
/// referenced API comes from another version of the model (SOR0035), none: they would not compile against it.
/// </summary>
internal sealed record ViewsHere(EquatableArray<string> Views, bool Public)
{
    public static ViewsHere None { get; } = new(EquatableArray<string>.Empty, true);

    public static ViewsHere Decide(ViewChoice choice, ApiHome home, Compilation compilation, CancellationToken token)
    {
        if (home.Namespace is null || choice.Views.IsEmpty)
        {
            return None;
        }

        if (home.GeneratesHere)
        {
            return new ViewsHere(choice.Views, true);
        }

        if (!home.Problems.IsEmpty)
        {
            return None;
        }

        var missing = new List<string>();
        foreach (string view in choice.Views)
        {
            token.ThrowIfCancellationRequested();
            INamedTypeSymbol? existing = compilation.GetTypeByMetadataName(ViewChoice.MetadataName(view));
            if (existing is null || !compilation.IsSymbolAccessibleWithin(existing, compilation.Assembly))
            {
                missing.Add(view);
            }
        }

        return new ViewsHere(missing.ToEquatableArray(), false);
    }
}
