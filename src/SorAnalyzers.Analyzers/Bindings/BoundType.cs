using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace SorAnalyzers.Analyzers.Bindings;

/// <summary>
/// Everything the bindings say about one type, its own declarations and those of its base types and
/// interfaces together: the (system, entity) pairs it holds, its explicit member mappings, its writer methods.
/// Built once per type and compilation (<see cref="TypeBindings.Of"/>).
/// </summary>
internal sealed class BoundType
{
    public BoundType(ImmutableArray<BindingDeclaration> bindings, Dictionary<string, MemberDeclaration> members, Dictionary<string, WriterDeclaration> writers)
    {
        Bindings = bindings;
        Members = members;
        Writers = writers;
        Complete = bindings.Any(b => b.Complete);
    }

    public ImmutableArray<BindingDeclaration> Bindings { get; }

    /// <summary>Explicit mappings by member name, or <c>member.key</c> for a key of a bag member (ignoring case).</summary>
    public Dictionary<string, MemberDeclaration> Members { get; }

    /// <summary>Writer methods by name.</summary>
    public Dictionary<string, WriterDeclaration> Writers { get; }

    /// <summary>Some binding of the type is declared <c>Complete = true</c>.</summary>
    public bool Complete { get; }

    /// <summary>The system whose records of <paramref name="entity"/> the type holds, or null when it holds none.</summary>
    public string? SystemOf(string entity)
    {
        foreach (BindingDeclaration binding in Bindings)
        {
            if (binding.Entity == entity)
            {
                return binding.System;
            }
        }

        return null;
    }

    /// <summary>"Account in billing; Contact in billing": what the type holds, for messages.</summary>
    public string Describe() => string.Join("; ", Bindings.Select(b => $"{b.Entity} in {b.System}"));

    public static StringComparer NameComparer => StringComparer.OrdinalIgnoreCase;
}
