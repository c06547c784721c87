using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Input;

/// <summary>
/// What one C# file spells, which decides the views a project gets (<see cref="ViewChoice"/>): its identifiers
/// (doc comments' <c>cref</c>s included), its short string literals (a system or flow id, as in
/// <c>[SorFlow("billing-to-crm")]</c>), and the last name of each namespace it imports for every file with
/// <c>global using</c>. Taken from syntax alone, one file at a time: an edit re-reads only its file, and a file's
/// names compare by value, so an edit that spells no new name changes nothing downstream.
/// </summary>
/// <param name="Identifiers">The distinct identifiers, sorted (ordinal), so that equal sets are equal arrays.</param>
/// <param name="Strings">The distinct values of its string literals of up to <see cref="MaxIdLength"/> characters, sorted.</param>
/// <param name="GlobalImports">The last name of each namespace or type a <c>global using</c> of this file imports.</param>
internal sealed record NamesInCode(EquatableArray<string> Identifiers, EquatableArray<string> Strings, EquatableArray<string> GlobalImports)
{
    /// <summary>Longer literals cannot be a system or flow id worth keeping (ids are short names).</summary>
    public const int MaxIdLength = 100;

    /// <summary>What a file spells when nothing needs to be read (<c>SorViews=all</c>).</summary>
    public static NamesInCode None { get; } = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    public static NamesInCode Of(SyntaxNode root, CancellationToken token)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var strings = new HashSet<string>(StringComparer.Ordinal);
        foreach (SyntaxToken spelt in root.DescendantTokens(descendIntoTrivia: true))
        {
            if (spelt.IsKind(SyntaxKind.IdentifierToken))
            {
                names.Add(spelt.ValueText);
            }
            else if (spelt.IsKind(SyntaxKind.StringLiteralToken) && spelt.ValueText.Length is > 0 and <= MaxIdLength)
            {
                strings.Add(spelt.ValueText);
            }
        }

        token.ThrowIfCancellationRequested();
        var imports = new SortedSet<string>(StringComparer.Ordinal);
        if (root is CompilationUnitSyntax unit)
        {
            foreach (UsingDirectiveSyntax directive in unit.Usings)
            {
                if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && LastName(directive.Name) is { } last)
                {
                    imports.Add(last);
                }
            }
        }

        return new NamesInCode(Sorted(names), Sorted(strings), imports.ToEquatableArray());
    }

    private static string? LastName(NameSyntax? name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };

    private static EquatableArray<string> Sorted(HashSet<string> names)
    {
        var sorted = new string[names.Count];
        names.CopyTo(sorted);
        Array.Sort(sorted, StringComparer.Ordinal);
        return new EquatableArray<string>(ImmutableArray.Create(sorted));
    }
}
