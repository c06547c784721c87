using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Analyzers.Model;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Analyzers.Bindings;

/// <summary>
/// Checks the bindings themselves, each at its attribute: <c>[SorBinding]</c> naming an unknown system or
/// entity (SOR0120, SOR0121, with did-you-mean), or binding a type to an entity it is already bound to
/// (SOR0124); <c>[SorBindingMember]</c> naming a member the type does not have (SOR0122), a field that does not
/// exist or whose entity the type is not bound to (SOR0123), or a member mapped twice (SOR0124);
/// <c>[SorBindingWriter]</c> naming a method the type does not have, or one with no string parameter (SOR0122);
/// a binding under which nothing of the type maps to a field (SOR0126, a warning).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BindingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => BindingRules.BindingChecks;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        BindingTypes? types = BindingTypes.Resolve(start.Compilation);
        OwnershipModel? model = types is null ? null : ModelFile.Load(start)?.Result.Model;
        if (types is null || model is null)
        {
            return;
        }

        var bindings = new TypeBindings(start.Compilation, types);
        var writes = new BoundWrites(model, bindings, new ValueTrace(start.Compilation));
        // Only an attribute whose name may be a binding attribute is bound: a build holds many others ([SorSystem] on every class).
        var names = AttributeNames.Binding(start.Compilation, start.CancellationToken);
        start.RegisterSyntaxNodeAction(c => { if (names.MayBe((AttributeSyntax)c.Node)) { OnAttribute(c, bindings, writes, model); } }, SyntaxKind.Attribute);
    }

    private static void OnAttribute(SyntaxNodeAnalysisContext context, TypeBindings bindings, BoundWrites writes, OwnershipModel model)
    {
        var attribute = (AttributeSyntax)context.Node;
        INamedTypeSymbol? type = (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol as IMethodSymbol)?.ContainingType;
        BindingTypes types = bindings.Types;
        if (type is null)
        {
            return;
        }

        if (SymbolEqualityComparer.Default.Equals(type, types.Binding))
        {
            OnBinding(context, attribute, bindings, writes, model);
        }
        else if (SymbolEqualityComparer.Default.Equals(type, types.Member))
        {
            OnMember(context, attribute, bindings, model);
        }
        else if (SymbolEqualityComparer.Default.Equals(type, types.Writer))
        {
            OnWriter(context, attribute, bindings);
        }
    }

    private static void OnBinding(SyntaxNodeAnalysisContext context, AttributeSyntax attribute, TypeBindings bindings, BoundWrites writes, OwnershipModel model)
    {
        List<AttributeArgumentSyntax> arguments = Positional(attribute);
        bool onAssembly = IsOnAssembly(attribute);
        int first = onAssembly ? 1 : 0;
        if (arguments.Count < first + 2)
        {
            return; // the compiler reports the missing arguments
        }

        string? system = Constant(context, arguments[first]);
        string? entity = Constant(context, arguments[first + 1]);
        if (system is not null && model.FindSystem(system) is null)
        {
            ReportUnknown(context, BindingRules.UnknownSystem, arguments[first], system, model.Systems.Select(s => s.Id));
        }

        if (entity is not null && model.FindEntity(entity) is null)
        {
            ReportUnknown(context, BindingRules.UnknownEntity, arguments[first + 1], entity, model.Entities.Select(e => e.Name));
        }

        INamedTypeSymbol? bound = onAssembly
            ? TypeOf(context, arguments[0])
            : context.SemanticModel.GetDeclaredSymbol(attribute.Parent?.Parent!, context.CancellationToken) as INamedTypeSymbol;
        if (bound is null || entity is null)
        {
            return;
        }

        // One type, one entity, one system: a second binding of the entity is reported where it is declared.
        List<BindingDeclaration> declared = bindings.DeclaredOn(bound);
        BindingDeclaration? mine = declared.FirstOrDefault(d => d.Data.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) == attribute);
        BindingDeclaration? earlier = mine is null ? null : declared.TakeWhile(d => d != mine).FirstOrDefault(d => d.Entity == entity);
        if (earlier is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                BindingRules.Conflict, attribute.GetLocation(),
                $"{bound.Name} is already bound to {earlier.System}'s {entity} records ({Place(earlier)}): a type holds one system's records of an entity, so that a write through it lands in one place; keep one binding"));
        }
        else if (mine is not null && model.FindSystem(mine.System) is not null && model.FindEntity(mine.Entity) is not null && !writes.MapsAny(bound, mine))
        {
            context.ReportDiagnostic(Diagnostic.Create(BindingRules.MapsNothing, attribute.GetLocation(), bound.Name, mine.System, mine.Entity));
        }
    }

    private static void OnMember(SyntaxNodeAnalysisContext context, AttributeSyntax attribute, TypeBindings bindings, OwnershipModel model)
    {
        List<AttributeArgumentSyntax> arguments = Positional(attribute);
        if (arguments.Count < 3 || TypeOf(context, arguments[0]) is not { } type
            || Constant(context, arguments[1]) is not { } member || Constant(context, arguments[2]) is not { } key)
        {
            return;
        }

        // The member: a member of the type (or a base type), or "Member.key" where Member is string-keyed.
        string memberName = member.Split('.')[0];
        ISymbol? symbol = MembersOf(type).FirstOrDefault(m => m.Name == memberName && m is IPropertySymbol or IFieldSymbol);
        if (symbol is null)
        {
            string? nearest = NearestName.Find(memberName, MembersOf(type).Where(m => m is IPropertySymbol or IFieldSymbol).Select(m => m.Name).Distinct());
            context.ReportDiagnostic(Diagnostic.Create(
                BindingRules.MissingMember, arguments[1].GetLocation(),
                $"{type.Name} has no property or field '{memberName}'{NearestName.Hint(nearest)}; name an existing one with nameof, so that a rename keeps the binding"));
        }
        else if (member.Contains('.') && !IsStringKeyed(symbol))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                BindingRules.MissingMember, arguments[1].GetLocation(),
                $"'{member}' names a key of {type.Name}.{memberName}, but {memberName} is not a string-keyed bag (a dictionary or a type with a string indexer)"));
        }

        BoundType? bound = bindings.Of(type);
        FieldDefinition? field = model.FindField(key);
        if (field is null)
        {
            string? nearest = NearestName.Find(key, model.AllFields.Select(f => f.Key));
            context.ReportDiagnostic(Diagnostic.Create(
                BindingRules.UnknownField, arguments[2].GetLocation(), Suggestion(nearest),
                $"'{key}' is not a field of the ownership model{NearestName.Hint(nearest)}; name a field as \"Entity.Field\""));
        }
        else if (bound is null || bound.SystemOf(field.Entity) is null)
        {
            string holds = bound is null ? "is not bound to any entity" : $"is bound to {bound.Describe()} only";
            context.ReportDiagnostic(Diagnostic.Create(
                BindingRules.UnknownField, arguments[2].GetLocation(),
                $"{field.Key} is a field of {field.Entity}, but {type.Name} {holds}: bind it to {field.Entity} with [SorBinding] first, so that the write has a system to land in"));
        }

        // The same member (or key) mapped twice.
        MemberDeclaration? mine = bindings.AssemblyMembers.FirstOrDefault(d => d.Data.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) == attribute);
        MemberDeclaration? earlier = mine is null ? null : bindings.AssemblyMembers
            .TakeWhile(d => d != mine)
            .FirstOrDefault(d => SymbolEqualityComparer.Default.Equals(d.Type, mine.Type) && BoundType.NameComparer.Equals(d.Member, mine.Member));
        if (earlier is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                BindingRules.Conflict, attribute.GetLocation(),
                $"{type.Name}.{member} is already mapped to {earlier.Field} ({Place(earlier.Data)}): map a member once"));
        }
    }

    private static void OnWriter(SyntaxNodeAnalysisContext context, AttributeSyntax attribute, TypeBindings bindings)
    {
        List<AttributeArgumentSyntax> arguments = Positional(attribute);
        AttributeArgumentSyntax? named = attribute.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "KeyParameter");
        string? keyParameter = named is null ? null : Constant(context, named);
        List<IMethodSymbol> methods;
        Location at;
        string what;
        if (IsOnAssembly(attribute))
        {
            if (arguments.Count < 2 || TypeOf(context, arguments[0]) is not { } type || Constant(context, arguments[1]) is not { } name)
            {
                return;
            }

            methods = MembersOf(type).OfType<IMethodSymbol>().Where(m => m.Name == name && m.MethodKind == MethodKind.Ordinary).ToList();
            at = arguments[1].GetLocation();
            what = $"{type.Name}.{name}";
            if (methods.Count == 0)
            {
                string? nearest = NearestName.Find(name, MembersOf(type).OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).Select(m => m.Name).Distinct());
                context.ReportDiagnostic(Diagnostic.Create(
                    BindingRules.MissingMember, at,
                    $"{type.Name} has no method '{name}'{NearestName.Hint(nearest)}; name an existing one with nameof, so that a rename keeps the binding"));
                return;
            }
        }
        else
        {
            if (context.SemanticModel.GetDeclaredSymbol(attribute.Parent?.Parent!, context.CancellationToken) is not IMethodSymbol method)
            {
                return;
            }

            methods = new List<IMethodSymbol> { method };
            at = attribute.GetLocation();
            what = method.Name;
        }

        if (methods.All(m => TypeBindings.KeyParameterOf(m, keyParameter) is null))
        {
            string needs = keyParameter is null ? "string parameter" : $"string parameter named '{keyParameter}'";
            context.ReportDiagnostic(Diagnostic.Create(
                BindingRules.MissingMember, named?.Expression.GetLocation() ?? at,
                $"{what} is declared a writer, but it has no {needs} to take the field's name in the system"));
        }
    }

    private static IEnumerable<ISymbol> MembersOf(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                yield return member;
            }
        }

        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            foreach (ISymbol member in @interface.GetMembers())
            {
                yield return member;
            }
        }
    }

    private static bool IsStringKeyed(ISymbol member)
    {
        ITypeSymbol? type = member switch
        {
            IPropertySymbol p => p.Type,
            IFieldSymbol f => f.Type,
            _ => null,
        };
        if (type is null)
        {
            return false;
        }

        if (type.AllInterfaces.Any(i => i.Name == "IDictionary" && i.TypeArguments.Length == 2 && i.TypeArguments[0].SpecialType == SpecialType.System_String))
        {
            return true;
        }

        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers("this[]").OfType<IPropertySymbol>().Any(p => p.Parameters.Length == 1 && p.Parameters[0].Type.SpecialType == SpecialType.System_String))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableDictionary<string, string?> Suggestion(string? nearest)
        => nearest is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(WriteProperties.Suggestion, nearest);

    private static void ReportUnknown(SyntaxNodeAnalysisContext context, DiagnosticDescriptor rule, AttributeArgumentSyntax argument, string name, IEnumerable<string> known)
    {
        string? suggestion = NearestName.Find(name, known);
        var properties = suggestion is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(WriteProperties.Suggestion, suggestion);
        context.ReportDiagnostic(Diagnostic.Create(rule, argument.GetLocation(), properties, name, NearestName.Hint(suggestion)));
    }

    private static List<AttributeArgumentSyntax> Positional(AttributeSyntax attribute)
        => attribute.ArgumentList?.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList() ?? new List<AttributeArgumentSyntax>();

    private static bool IsOnAssembly(AttributeSyntax attribute)
        => attribute.Parent is AttributeListSyntax list && list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true;

    private static string? Constant(SyntaxNodeAnalysisContext context, AttributeArgumentSyntax argument)
        => context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken) is { HasValue: true, Value: string text } ? text : null;

    private static INamedTypeSymbol? TypeOf(SyntaxNodeAnalysisContext context, AttributeArgumentSyntax argument)
        => argument.Expression is TypeOfExpressionSyntax typeOf
            && context.SemanticModel.GetTypeInfo(typeOf.Type, context.CancellationToken).Type is INamedTypeSymbol type
            && type.TypeKind != TypeKind.Error
            ? type.OriginalDefinition
            : null;

    private static string Place(BindingDeclaration declaration) => Place(declaration.Data);

    private static string Place(AttributeData data)
    {
        SyntaxReference? reference = data.ApplicationSyntaxReference;
        if (reference is null)
        {
            return "declared in a referenced assembly";
        }

        FileLinePositionSpan span = reference.SyntaxTree.GetLineSpan(reference.Span);
        return $"line {span.StartLinePosition.Line + 1}";
    }
}
