using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SorAnalyzers.Analyzers.Writes;

namespace SorAnalyzers.CodeFixes;

/// <summary>
/// SOR0111 on a dynamic call of a <c>[SorWrites]</c> method: casts each dynamic argument to the type of
/// its parameter (a type parameter is inferred from the other arguments, <c>SorField&lt;decimal&gt;</c> gives
/// <c>T = decimal</c>), so that the compiler binds the call and the write is checked. Offered when exactly
/// one candidate method fits.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CastDynamicArgumentsFix)), Shared]
public sealed class CastDynamicArgumentsFix : CodeFixProvider
{
    public const string EquivalenceKey = "SorCastDynamicArguments";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(WriteRules.UnprovableField.Id);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root is not null && model is not null && Casts(root, model, diagnostic, context.CancellationToken) is { Count: > 0 })
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Cast the dynamic arguments to their types", ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var casts = new Dictionary<ExpressionSyntax, ITypeSymbol>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            foreach (var pair in Casts(root, model, diagnostic, cancellationToken) ?? new Dictionary<ExpressionSyntax, ITypeSymbol>())
            {
                casts[pair.Key] = pair.Value;
            }
        }

        SyntaxNode updated = root.ReplaceNodes(casts.Keys, (original, rewritten) =>
        {
            TypeSyntax type = SyntaxFactory.ParseTypeName(casts[original].ToMinimalDisplayString(model, original.SpanStart));
            ExpressionSyntax operand = rewritten.WithoutTrivia();
            if (operand is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax))
            {
                operand = SyntaxFactory.ParenthesizedExpression(operand);
            }

            return SyntaxFactory.CastExpression(type, operand).WithTriviaFrom(rewritten);
        });
        return document.WithSyntaxRoot(updated);
    }

    /// <summary>Each dynamic argument of the call and the type to cast it to; null when the fix does not apply.</summary>
    private static Dictionary<ExpressionSyntax, ITypeSymbol>? Casts(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.ContainsKey(WriteProperties.Dynamic))
        {
            return null;
        }

        InvocationExpressionSyntax? call = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
        if (call is null)
        {
            return null;
        }

        var arguments = call.ArgumentList.Arguments;
        ImmutableArray<ISymbol> group = model.GetSymbolInfo(call, cancellationToken).CandidateSymbols;
        if (group.IsEmpty)
        {
            group = model.GetMemberGroup(call.Expression, cancellationToken);
        }

        var candidates = group.OfType<IMethodSymbol>()
            .Where(m => m.Parameters.Length == arguments.Count && arguments.All(a => a.NameColon is null) && Fits(model, m, arguments, cancellationToken))
            .ToList();
        if (candidates.Count != 1)
        {
            return null;
        }

        IMethodSymbol method = candidates[0];
        var inferred = new Dictionary<ITypeSymbol, ITypeSymbol>(SymbolEqualityComparer.Default);
        var dynamicArguments = new List<(ExpressionSyntax Expression, ITypeSymbol Parameter)>();
        for (int i = 0; i < arguments.Count; i++)
        {
            ITypeSymbol? type = model.GetTypeInfo(arguments[i].Expression, cancellationToken).Type;
            if (type is null)
            {
                return null;
            }

            if (type.TypeKind == TypeKind.Dynamic)
            {
                dynamicArguments.Add((arguments[i].Expression, method.Parameters[i].Type));
            }
            else
            {
                Unify(method.Parameters[i].Type, type, inferred);
            }
        }

        var casts = new Dictionary<ExpressionSyntax, ITypeSymbol>();
        foreach (var (expression, parameter) in dynamicArguments)
        {
            ITypeSymbol? target = parameter is ITypeParameterSymbol ? (inferred.TryGetValue(parameter, out ITypeSymbol? t) ? t : null) : parameter;
            if (target is null || ContainsTypeParameter(target))
            {
                return null;
            }

            casts[expression] = target;
        }

        return casts;
    }

    /// <summary>Every static argument converts to its parameter (a type parameter takes anything).</summary>
    private static bool Fits(SemanticModel model, IMethodSymbol method, SeparatedSyntaxList<ArgumentSyntax> arguments, CancellationToken cancellationToken)
    {
        for (int i = 0; i < arguments.Count; i++)
        {
            ITypeSymbol? type = model.GetTypeInfo(arguments[i].Expression, cancellationToken).Type;
            ITypeSymbol parameter = method.Parameters[i].Type;
            if (type is null || type.TypeKind == TypeKind.Dynamic || ContainsTypeParameter(parameter))
            {
                if (type is not null && parameter is INamedTypeSymbol { IsGenericType: true } generic && type.TypeKind != TypeKind.Dynamic
                    && !Derives(type, generic.OriginalDefinition))
                {
                    return false;
                }

                continue;
            }

            if (!model.Compilation.ClassifyConversion(type, parameter).IsImplicit)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Derives(ITypeSymbol type, INamedTypeSymbol definition)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, definition))
            {
                return true;
            }
        }

        return false;
    }

    private static void Unify(ITypeSymbol parameter, ITypeSymbol argument, Dictionary<ITypeSymbol, ITypeSymbol> inferred)
    {
        if (parameter is ITypeParameterSymbol)
        {
            if (!inferred.ContainsKey(parameter))
            {
                inferred[parameter] = argument;
            }

            return;
        }

        if (parameter is INamedTypeSymbol { IsGenericType: true } generic)
        {
            for (ITypeSymbol? current = argument; current is not null; current = current.BaseType)
            {
                if (current is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, generic.OriginalDefinition))
                {
                    for (int i = 0; i < generic.TypeArguments.Length; i++)
                    {
                        Unify(generic.TypeArguments[i], named.TypeArguments[i], inferred);
                    }

                    return;
                }
            }
        }
    }

    private static bool ContainsTypeParameter(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsTypeParameter),
        IArrayTypeSymbol array => ContainsTypeParameter(array.ElementType),
        _ => false,
    };
}
