using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SorAnalyzers.Analyzers.Writes;

namespace SorAnalyzers.CodeFixes;

/// <summary>
/// Where a context attribute goes for code at a given place, and how it is added: on the nearest member
/// that accepts one (method, constructor, operator, property, indexer; an accessor's property), else on the
/// containing class or struct. Lambdas and local functions are skipped: they inherit.
/// </summary>
internal static class ContextTarget
{
    public static MemberDeclarationSyntax? For(SyntaxNode node)
    {
        foreach (SyntaxNode ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case BaseMethodDeclarationSyntax method:
                    return method;
                case PropertyDeclarationSyntax or IndexerDeclarationSyntax:
                    return (MemberDeclarationSyntax)ancestor;
                case ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax:
                    return (MemberDeclarationSyntax)ancestor;
                case InterfaceDeclarationSyntax or EnumDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// system crm → <c>[SorSystem("crm")]</c>, placed first among the attributes on its own line, with the
    /// declaration's indentation and line ending.
    /// </summary>
    public static MemberDeclarationSyntax AddAttribute(MemberDeclarationSyntax declaration, ContextKey context, string newLine)
    {
        AttributeSyntax attribute = SyntaxFactory.Attribute(
            SyntaxFactory.IdentifierName(context.AttributeName),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(context.Id))))));

        SyntaxTriviaList leading = declaration.GetLeadingTrivia();
        SyntaxTriviaList indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading.Last())
            : SyntaxFactory.TriviaList();
        AttributeListSyntax list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));
        MemberDeclarationSyntax stripped = declaration.WithLeadingTrivia(indentation);
        return stripped.WithAttributeLists(stripped.AttributeLists.Insert(0, list));
    }

    /// <summary>Adds <c>using SorAnalyzers;</c> when no using of the file or of an enclosing namespace has it.</summary>
    public static CompilationUnitSyntax EnsureUsing(CompilationUnitSyntax unit, string newLine)
    {
        bool present = unit.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<UsingDirectiveSyntax>()
            .Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() == "SorAnalyzers");
        if (present)
        {
            return unit;
        }

        UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.IdentifierName("SorAnalyzers"))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));

        // After the System usings and before the first later one in order, as IDEs sort them.
        int index = 0;
        while (index < unit.Usings.Count && Before(unit.Usings[index]))
        {
            index++;
        }

        if (unit.Usings.Count == 0)
        {
            // First line of the file: keep any header comment above it, and a blank line below.
            SyntaxTriviaList header = unit.GetLeadingTrivia();
            directive = directive.WithLeadingTrivia(header).WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine), SyntaxFactory.EndOfLine(newLine));
            unit = unit.WithLeadingTrivia(SyntaxFactory.TriviaList());
        }
        else if (index == 0)
        {
            directive = directive.WithLeadingTrivia(unit.Usings[0].GetLeadingTrivia());
            unit = unit.ReplaceNode(unit.Usings[0], unit.Usings[0].WithLeadingTrivia(SyntaxFactory.TriviaList()));
        }

        return unit.WithUsings(unit.Usings.Insert(index, directive));
    }

    private static bool Before(UsingDirectiveSyntax existing)
    {
        if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || existing.Name is null)
        {
            return false;
        }

        string name = existing.Name.ToString();
        return name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal)
            || string.CompareOrdinal(name, "SorAnalyzers") < 0;
    }

    public static string NewLineOf(SyntaxNode root)
        => root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } eol ? eol : "\n";
}
