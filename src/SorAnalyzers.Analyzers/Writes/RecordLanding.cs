using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Where a raw <c>SorRecord</c> written in a flow's code lands: the flow's source or its target (or another
/// system). Followed through <see cref="ValueTrace"/>, a record is attributed by
/// <list type="bullet">
/// <item>a view's <c>Record</c> (any property of a <c>[SorView]</c> type): the view's system, or its flow's target;</item>
/// <item><c>new SorRecord(…)</c>: a record built by the flow, which it delivers to its target;</item>
/// <item>the name of a local, parameter, field or property on the way: its first word is a system's id or
/// title (<c>crmContact</c>, <c>salesforceContact</c>, <c>billing_account</c>), or a side
/// (<c>source</c>/<c>src</c>/<c>from</c> for the source, <c>target</c>/<c>dest</c>/<c>destination</c>/<c>to</c>
/// for the target).</item>
/// </list>
/// Anything else cannot be attributed, and is reported as such (SOR0112).
/// </summary>
internal sealed class RecordLanding
{
    private static readonly string[] SourceWords = { "source", "src", "from" };
    private static readonly string[] TargetWords = { "target", "dest", "destination", "to" };

    private readonly OwnershipModel _model;
    private readonly FieldTargets _targets;
    private readonly ValueTrace _trace;
    private readonly INamedTypeSymbol _record;

    public RecordLanding(OwnershipModel model, FieldTargets targets, ValueTrace trace, INamedTypeSymbol record)
    {
        _model = model;
        _targets = targets;
        _trace = trace;
        _record = record;
    }

    public bool IsRecord(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, _record);

    /// <summary>The systems the record may be in, and the places where that cannot be told.</summary>
    public void Find(IOperation receiver, FlowDefinition flow, List<string> landings, List<ValueLeaf> unprovable)
    {
        foreach (ValueLeaf leaf in _trace.Leaves(receiver, symbol => Claims(symbol, flow)))
        {
            if (leaf.UnprovableReason is not null && leaf.Parameter is null)
            {
                unprovable.Add(leaf);
                continue;
            }

            IOperation operation = leaf.Operation;
            ISymbol? named = operation switch
            {
                ILocalReferenceOperation l => l.Local,
                IParameterReferenceOperation p => p.Parameter,
                IFieldReferenceOperation f => f.Field,
                IPropertyReferenceOperation p => p.Property,
                _ => null,
            };
            string? landing = named is null ? null : ViewLanding(named) ?? NamedSide(named.Name, flow);
            if (landing is null && operation is IObjectCreationOperation creation && IsRecord(creation.Type))
            {
                landing = flow.To;
            }

            if (landing is not null)
            {
                if (!landings.Contains(landing))
                {
                    landings.Add(landing);
                }
            }
            else
            {
                unprovable.Add(leaf.UnprovableReason is not null
                    ? leaf
                    : ValueLeaf.Unprovable(operation, "nothing says whether this record is the flow's source or its target"));
            }
        }
    }

    private bool Claims(ISymbol symbol, FlowDefinition flow)
        => symbol is ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol
            && (ViewLanding(symbol) is not null || NamedSide(symbol.Name, flow) is not null);

    /// <summary>A view's record property: the system the view writes into.</summary>
    private string? ViewLanding(ISymbol symbol)
    {
        if (symbol is not IPropertySymbol property || !IsRecord(property.Type))
        {
            return null;
        }

        ViewInfo view = _targets.ViewOf(property.ContainingType);
        return view.System ?? (view.Flow is { } id ? _model.FindFlow(id)?.To : null);
    }

    /// <summary>The system a name's first word names, for a record in <paramref name="flow"/>'s code.</summary>
    public string? NamedSide(string name, FlowDefinition flow)
    {
        // What a name's first word says does not depend on the flow: kept per name (a build's records have few names,
        // asked at every write of a raw record in a flow's code).
        NamedWord said = _words.GetOrAdd(name, static (n, landing) => landing.WordOf(n), this);
        return said.Side switch
        {
            Side.Source => flow.From,
            Side.Target => flow.To,
            _ => said.System,
        };
    }

    private readonly Cache<string, NamedWord> _words = Caches.By<string, NamedWord>(StringComparer.Ordinal);

    private NamedWord WordOf(string name)
    {
        string word = FirstWord(name);
        if (word.Length == 0)
        {
            return NamedWord.Nothing;
        }

        if (Array.IndexOf(SourceWords, word) >= 0)
        {
            return NamedWord.Source;
        }

        if (Array.IndexOf(TargetWords, word) >= 0)
        {
            return NamedWord.Target;
        }

        foreach (SystemDefinition system in _model.Systems)
        {
            if (Names(word, system.Id) || (system.Title is { } title && Names(word, title)))
            {
                return new NamedWord(Side.None, system.Id);
            }
        }

        return NamedWord.Nothing;
    }

    private enum Side
    {
        None,
        Source,
        Target,
    }

    /// <summary>What a name's first word says: the flow's source, its target, a system by id or title, or nothing.</summary>
    private sealed class NamedWord
    {
        public static readonly NamedWord Nothing = new(Side.None, null);
        public static readonly NamedWord Source = new(Side.Source, null);
        public static readonly NamedWord Target = new(Side.Target, null);

        public NamedWord(Side side, string? system)
        {
            Side = side;
            System = system;
        }

        public Side Side { get; }

        public string? System { get; }
    }

    private static bool Names(string word, string name)
    {
        string first = FirstWord(name.Replace(" ", "_"));
        return word == first || word == name.Replace("-", string.Empty).Replace("_", string.Empty).Replace(" ", string.Empty).ToLowerInvariant();
    }

    /// <summary>"crmContact" → "crm", "_sourceRecord" → "source", "billing_account" → "billing", "CRMRecord" → "crmrecord".</summary>
    private static string FirstWord(string name)
    {
        int start = 0;
        while (start < name.Length && (name[start] == '_' || name[start] == '@'))
        {
            start++;
        }

        int end = start + 1;
        while (end < name.Length && name[end] != '_' && name[end] != '-' && !(char.IsUpper(name[end]) && !char.IsUpper(name[end - 1])))
        {
            end++;
        }

        return start >= name.Length ? string.Empty : name.Substring(start, Math.Min(end, name.Length) - start).ToLowerInvariant();
    }
}
