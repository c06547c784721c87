using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Input;

/// <summary>
/// The identifiers a project's C# spells, which decide the views it gets (<see cref="ViewChoice"/>). Taken
/// from syntax alone, one file at a time (an edit re-reads only its file), including doc comments'
/// <c>cref</c>s; the set of a file compares by value, so an edit that spells no new name changes nothing
/// downstream.
/// </summary>
internal static class NamesInCode
{
    /// <summary>The distinct identifiers of one file, sorted (ordinal) so that equal sets are equal arrays.</summary>
    public static EquatableArray<string> Of(SyntaxNode root, CancellationToken token)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (SyntaxToken identifier in root.DescendantTokens(descendIntoTrivia: true))
        {
            if (identifier.IsKind(SyntaxKind.IdentifierToken))
            {
                names.Add(identifier.ValueText);
            }
        }

        token.ThrowIfCancellationRequested();
        var sorted = new string[names.Count];
        names.CopyTo(sorted);
        Array.Sort(sorted, StringComparer.Ordinal);
        return new EquatableArray<string>(sorted);
    }

    /// <summary>Every identifier of the project.</summary>
    public static HashSet<string> Union(ImmutableArray<EquatableArray<string>> files)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (EquatableArray<string> file in files)
        {
            foreach (string name in file)
            {
                all.Add(name);
            }
        }

        return all;
    }
}
