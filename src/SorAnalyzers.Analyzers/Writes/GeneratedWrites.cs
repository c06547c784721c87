using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Model;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Writes in generated code. This package's own generated files are skipped (the generator emits only the writes
/// the model allows, recognised by <see cref="GeneratedFileHeader"/>). Code other generators emit (a Mapperly
/// mapper, for one) is checked like hand-written code, but its diagnostics move to where the user can act: the
/// declaration the code was generated from (the user's partial method, else the user's part of the partial
/// type), as SOR0130 (what would be an error) or SOR0131 (what would be a warning), naming the generated member,
/// the generator and the member written, with the write in the generated file as the additional location.
/// </summary>
internal sealed class GeneratedWrites
{
    private static readonly SymbolDisplayFormat MemberFormat = SymbolDisplayFormat.CSharpShortErrorMessageFormat;

    private readonly AnalyzerOptions _options;
    private readonly Cache<SyntaxTree, Origin> _origins = Caches.By<SyntaxTree, Origin>();

    public GeneratedWrites(AnalyzerOptions options) => _options = options;

    private enum Origin
    {
        Hand,
        ThisPackage,
        OtherGenerator,
    }

    /// <summary>Whether a callback's code is analysed: all code but this package's generated files.</summary>
    public bool Analyzes(OperationAnalysisContext context)
        => OriginOf(context.Operation.Syntax.SyntaxTree, context.CancellationToken) != Origin.ThisPackage;

    /// <summary>
    /// A diagnostic of one callback where the user can act on it: as it is in hand-written code, moved to the user's
    /// declaration (SOR0130/SOR0131) in code another generator emitted.
    /// </summary>
    public Diagnostic Place(Diagnostic diagnostic, OperationAnalysisContext context)
        => OriginOf(context.Operation.Syntax.SyntaxTree, context.CancellationToken) == Origin.OtherGenerator ? Relocate(diagnostic, context) : diagnostic;

    private Diagnostic Relocate(Diagnostic diagnostic, OperationAnalysisContext context)
    {
        if (!diagnostic.Location.IsInSource || diagnostic.Id is "SOR0130" or "SOR0131")
        {
            return diagnostic;
        }

        CancellationToken cancellationToken = context.CancellationToken;
        SyntaxTree generatedTree = diagnostic.Location.SourceTree!;
        ISymbol? generatedMember = GeneratedMember(context.ContainingSymbol);
        Location at = UserDeclaration(context.ContainingSymbol, cancellationToken, out string? via) ?? diagnostic.Location;

        DiagnosticDescriptor descriptor = diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error
            ? WriteRules.GeneratedAgainstModel
            : WriteRules.GeneratedUnprovable;
        string generator = GeneratorOf(generatedTree);
        ImmutableDictionary<string, string?> properties = diagnostic.Properties
            .SetItem(WriteProperties.Rule, diagnostic.Id)
            .SetItem(WriteProperties.Generator, generator);
        var additional = new List<Location> { diagnostic.Location };
        additional.AddRange(diagnostic.AdditionalLocations);

        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        string written = WrittenMember(diagnostic.Location, context, cancellationToken);
        return Diagnostic.Create(
            descriptor,
            at,
            additional,
            properties,
            via is null ? $"'{generatedMember?.Name ?? Path.GetFileName(generatedTree.FilePath)}'" : $"'{UserMemberName(at, cancellationToken)}' (through '{via}')",
            generator,
            descriptor == WriteRules.GeneratedAgainstModel ? written
                : diagnostic.Id == WriteRules.DeprecatedField.Id ? "uses " + written
                : $"writes {written}, which cannot be checked",
            diagnostic.Id,
            message.TrimEnd('.'));
    }

    /// <summary>The name of the declaration at <paramref name="location"/> (a method's identifier).</summary>
    private static string UserMemberName(Location location, CancellationToken cancellationToken)
        => location.SourceTree!.GetText(cancellationToken).ToString(location.SourceSpan);

    /// <summary>The member whose generated body holds the write: an accessor stands for its property.</summary>
    private static ISymbol? GeneratedMember(ISymbol? symbol)
        => symbol is IMethodSymbol { AssociatedSymbol: { } property } ? property : symbol;

    /// <summary>
    /// The first declaration, from the member holding the write outward through its containing types, that is in
    /// a hand-written file: a partial method's defining part, a partial type's user part. A method the generator
    /// added on its own (Mapperly's nested mappings) stands for the user's partial method whose generated body
    /// calls it (<paramref name="via"/> is then the helper's name).
    /// </summary>
    private Location? UserDeclaration(ISymbol? symbol, CancellationToken cancellationToken, out string? via)
    {
        via = null;
        if (symbol is IMethodSymbol helper && HandLocation(helper, cancellationToken) is null
            && UserCaller(helper, cancellationToken) is { } caller)
        {
            via = helper.Name;
            symbol = caller;
        }

        for (ISymbol? current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (HandLocation(current, cancellationToken) is { } location)
            {
                return location;
            }
        }

        return null;
    }

    private Location? HandLocation(ISymbol symbol, CancellationToken cancellationToken)
    {
        IEnumerable<Location> locations = symbol.Locations;
        if (symbol is IMethodSymbol { PartialDefinitionPart: { } definition })
        {
            locations = definition.Locations.Concat(locations);
        }

        if (symbol is IMethodSymbol { AssociatedSymbol: { } property })
        {
            locations = property.Locations.Concat(locations);
        }

        return locations.FirstOrDefault(l => l.IsInSource && OriginOf(l.SourceTree!, cancellationToken) == Origin.Hand);
    }

    /// <summary>
    /// The method of the same type, declared by the user, whose generated body calls <paramref name="helper"/>,
    /// directly or through other generated helpers (by name: it only chooses where the diagnostic goes).
    /// </summary>
    private IMethodSymbol? UserCaller(IMethodSymbol helper, CancellationToken cancellationToken)
    {
        var methods = helper.ContainingType.GetMembers().OfType<IMethodSymbol>().ToList();
        var callees = new Dictionary<IMethodSymbol, HashSet<string>>(SymbolEqualityComparer.Default);
        foreach (IMethodSymbol method in methods)
        {
            IMethodSymbol body = method.PartialImplementationPart ?? method;
            callees[method] = new HashSet<string>(
                body.DeclaringSyntaxReferences
                    .SelectMany(r => r.GetSyntax(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
                    .Select(i => i.Expression switch
                    {
                        IdentifierNameSyntax name => name.Identifier.ValueText,
                        GenericNameSyntax generic => generic.Identifier.ValueText,
                        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                        _ => string.Empty,
                    }),
                StringComparer.Ordinal);
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { helper.Name };
        var queue = new Queue<string>(reached);
        while (queue.Count > 0)
        {
            string called = queue.Dequeue();
            foreach (IMethodSymbol method in methods.Where(m => callees[m].Contains(called)))
            {
                if (HandLocation(method, cancellationToken) is not null)
                {
                    return method;
                }

                if (reached.Add(method.Name))
                {
                    queue.Enqueue(method.Name);
                }
            }
        }

        return null;
    }

    /// <summary>"WarehouseAccount.Arr": the C# member the generated code writes (or calls, for a [SorWrites] method).</summary>
    private static string WrittenMember(Location location, OperationAnalysisContext context, CancellationToken cancellationToken)
    {
        SyntaxNode node = location.SourceTree!.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        SyntaxNode written = node switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left,
            PrefixUnaryExpressionSyntax prefix => prefix.Operand,
            PostfixUnaryExpressionSyntax postfix => postfix.Operand,
            InvocationExpressionSyntax invocation => invocation.Expression,
            ArgumentSyntax argument => argument.Expression,
            _ => node,
        };
        SemanticModel? semantics = context.Operation.SemanticModel;
        if (semantics is not null && semantics.SyntaxTree == written.SyntaxTree
            && semantics.GetSymbolInfo(written, cancellationToken).Symbol is { } symbol)
        {
            return symbol.ToDisplayString(MemberFormat);
        }

        string text = written.ToString();
        return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }

    /// <summary>
    /// The generator of a source-generated file, from its path (the compiler places each generator's files under
    /// "assembly/generator type/hint name"): "Riok.Mapperly". A generated file of another origin is named by its file name.
    /// </summary>
    private static string GeneratorOf(SyntaxTree tree)
    {
        string? generatorType = Path.GetFileName(Path.GetDirectoryName(tree.FilePath));
        string? assembly = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(tree.FilePath)));
        if (!string.IsNullOrEmpty(generatorType) && !string.IsNullOrEmpty(assembly)
            && generatorType!.StartsWith(assembly + ".", StringComparison.Ordinal))
        {
            return assembly!;
        }

        return "the code generator of " + Path.GetFileName(tree.FilePath);
    }

    private Origin OriginOf(SyntaxTree tree, CancellationToken cancellationToken)
    {
        // Every callback asks, and a thread's callbacks come file by file: the last answer is kept per thread, so
        // most questions cost no shared lookup. Weakly: a thread keeps no tree or compilation alive.
        LastAnswer<SyntaxTree, GeneratedWrites, Origin> last = _last ??= new LastAnswer<SyntaxTree, GeneratedWrites, Origin>();
        if (last.TryGet(tree, this, out Origin answered))
        {
            return answered;
        }

        Origin origin = SharedOriginOf(tree, cancellationToken);
        last.Keep(tree, this, origin);
        return origin;
    }

    /// <summary>
    /// Whether <paramref name="tree"/> is a file this package generated in this compilation (asked once per class by
    /// <see cref="FieldTargets"/>: the per-thread answer of the callbacks is left alone).
    /// </summary>
    public bool IsThisPackages(SyntaxTree tree) => SharedOriginOf(tree, CancellationToken.None) == Origin.ThisPackage;

    private Origin SharedOriginOf(SyntaxTree tree, CancellationToken cancellationToken)
        => _origins.TryGetValue(tree, out Origin known) ? known : _origins.Keep(tree, Classify(tree, cancellationToken));

    [ThreadStatic]
    private static LastAnswer<SyntaxTree, GeneratedWrites, Origin>? _last;

    /// <summary>
    /// Generated code as the compiler tells it (the rules of Roslyn's own GeneratedCodeUtilities): the
    /// <c>generated_code</c> option in .editorconfig, a generated file name (*.g.cs, *.designer.cs, *.generated.cs,
    /// *.g.i.cs, TemporaryGeneratedFile_*), or an &lt;auto-generated&gt; comment before the first token.
    /// </summary>
    private Origin Classify(SyntaxTree tree, CancellationToken cancellationToken)
    {
        // The comments before the first token, read once for both questions below.
        List<string> comments = LeadingComments(tree, cancellationToken);
        if (GeneratedFileHeader.IsGeneratedBySorAnalyzers(comments))
        {
            return Origin.ThisPackage;
        }

        if (_options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue("generated_code", out string? configured))
        {
            return string.Equals(configured.Trim(), "true", StringComparison.OrdinalIgnoreCase) ? Origin.OtherGenerator : Origin.Hand;
        }

        return HasGeneratedName(tree.FilePath) || HasGeneratedHeader(comments) ? Origin.OtherGenerator : Origin.Hand;
    }

    private static bool HasGeneratedName(string path)
    {
        string name = Path.GetFileName(path);
        if (name.StartsWith("TemporaryGeneratedFile_", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string withoutExtension = Path.GetFileNameWithoutExtension(name);
        return withoutExtension.EndsWith(".designer", StringComparison.OrdinalIgnoreCase)
            || withoutExtension.EndsWith(".generated", StringComparison.OrdinalIgnoreCase)
            || withoutExtension.EndsWith(".g", StringComparison.OrdinalIgnoreCase)
            || withoutExtension.EndsWith(".g.i", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasGeneratedHeader(List<string> comments)
    {
        foreach (string comment in comments)
        {
            if (comment.IndexOf("<auto-generated", StringComparison.OrdinalIgnoreCase) >= 0
                || comment.IndexOf("<autogenerated", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> LeadingComments(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var comments = new List<string>();
        foreach (SyntaxTrivia trivia in tree.GetRoot(cancellationToken).GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                comments.Add(trivia.ToString());
            }
        }

        return comments;
    }
}
