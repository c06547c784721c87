using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Which attributes may be one of a few of the runtime's attributes, told from the syntax alone, so that only those
/// are bound: for <c>[SorSystem]</c>, a name whose last identifier is <c>SorSystem</c> or <c>SorSystemAttribute</c>,
/// or a using alias (in any file: global aliases reach every file) whose target ends in one of those or in another
/// such alias. Anything else cannot name the type. One instance per compilation and set of attributes.
/// </summary>
internal sealed class AttributeNames
{
    private readonly string[] _names;
    private readonly Compilation _compilation;
    private readonly Lazy<HashSet<string>> _aliases;

    private AttributeNames(Compilation compilation, CancellationToken cancellationToken, params string[] types)
    {
        _names = types.SelectMany(t => new[] { t, t + "Attribute" }).ToArray();
        _compilation = compilation;
        _aliases = new Lazy<HashSet<string>>(() => Aliases(cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The context attributes, <c>[SorSystem]</c> and <c>[SorFlow]</c>.</summary>
    public static AttributeNames Context(Compilation compilation, CancellationToken cancellationToken)
        => new(compilation, cancellationToken, "SorSystem", "SorFlow");

    /// <summary>The binding attributes, <c>[SorBinding]</c>, <c>[SorBindingMember]</c> and <c>[SorBindingWriter]</c>.</summary>
    public static AttributeNames Binding(Compilation compilation, CancellationToken cancellationToken)
        => new(compilation, cancellationToken, "SorBinding", "SorBindingMember", "SorBindingWriter");

    /// <summary>Whether <paramref name="attribute"/> may bind to one of the attributes.</summary>
    public bool MayBe(AttributeSyntax attribute)
    {
        string last = LastIdentifier(attribute.Name);
        return Array.IndexOf(_names, last) >= 0 || _aliases.Value.Contains(last);
    }

    private static string LastIdentifier(NameSyntax name) => name switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>Every alias that may stand for one of the attributes, through other aliases too.</summary>
    private HashSet<string> Aliases(CancellationToken cancellationToken)
    {
        var declared = new List<(string Alias, string Target)>();
        foreach (SyntaxTree tree in _compilation.SyntaxTrees)
        {
            var root = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
            Collect(root.Usings, root.Members, declared);
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach ((string alias, string target) in declared)
            {
                if ((Array.IndexOf(_names, target) >= 0 || found.Contains(target)) && found.Add(alias))
                {
                    grew = true;
                }
            }
        }

        return found;
    }

    private static void Collect(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, List<(string, string)> declared)
    {
        foreach (UsingDirectiveSyntax directive in usings)
        {
            if (directive.Alias is { } alias && directive.NamespaceOrType is NameSyntax target)
            {
                declared.Add((alias.Name.Identifier.ValueText, LastIdentifier(target)));
            }
        }

        foreach (BaseNamespaceDeclarationSyntax space in members.OfType<BaseNamespaceDeclarationSyntax>())
        {
            Collect(space.Usings, space.Members, declared);
        }
    }
}
