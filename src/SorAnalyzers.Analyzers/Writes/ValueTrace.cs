using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Follows a value back to every place it may come from: through conversions (casts; <c>!</c> is not an
/// operation), conditional, switch and <c>??</c> expressions (every branch), locals (every assignment in the
/// body, pattern variables), readonly fields and getter-only properties (their initializer and every
/// assignment in a constructor of their type), and properties and methods declared in source that cannot be
/// overridden (every <c>return</c>). What cannot be followed (a parameter, a mutable field, a virtual member,
/// a member of another assembly, a value passed by <c>ref</c>) becomes a leaf with the reason. The caller
/// may claim a symbol before it is followed (a member with <c>[SorModelField]</c> is a field, not a value
/// to follow further).
/// </summary>
internal sealed class ValueTrace
{
    private const int MaxDepth = 40;

    private readonly Compilation _compilation;

    public ValueTrace(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>The leaves <paramref name="value"/> may come from.</summary>
    public List<ValueLeaf> Leaves(IOperation value, Func<ISymbol, bool> claim)
    {
        var leaves = new List<ValueLeaf>();
        Visit(value, claim, leaves, new HashSet<ISymbol>(SymbolEqualityComparer.Default), 0);
        return leaves;
    }

    private void Visit(IOperation? value, Func<ISymbol, bool> claim, List<ValueLeaf> leaves, HashSet<ISymbol> visiting, int depth)
    {
        if (value is null)
        {
            return;
        }

        if (depth > MaxDepth)
        {
            leaves.Add(ValueLeaf.Unprovable(value, "it passes through more than " + MaxDepth + " steps"));
            return;
        }

        ISymbol? symbol = SymbolOf(value);
        if (symbol is not null && claim(symbol))
        {
            leaves.Add(ValueLeaf.Of(value));
            return;
        }

        switch (value)
        {
            case IConversionOperation conversion:
                Visit(conversion.Operand, claim, leaves, visiting, depth + 1);
                return;
            case IConditionalOperation conditional:
                Visit(conditional.WhenTrue, claim, leaves, visiting, depth + 1);
                Visit(conditional.WhenFalse, claim, leaves, visiting, depth + 1);
                return;
            case ISwitchExpressionOperation @switch:
                foreach (ISwitchExpressionArmOperation arm in @switch.Arms)
                {
                    Visit(arm.Value, claim, leaves, visiting, depth + 1);
                }

                return;
            case ICoalesceOperation coalesce:
                Visit(coalesce.Value, claim, leaves, visiting, depth + 1);
                Visit(coalesce.WhenNull, claim, leaves, visiting, depth + 1);
                return;
            case IDelegateCreationOperation creation:
                Visit(creation.Target, claim, leaves, visiting, depth + 1);
                return;
            case ILiteralOperation or IDefaultValueOperation when value.ConstantValue is { HasValue: true, Value: null }:
                return; // null: no field at all (the runtime throws)
            case IThrowOperation:
                return;
            case IParameterReferenceOperation parameter:
                leaves.Add(ValueLeaf.Unprovable(value, $"it comes from parameter '{parameter.Parameter.Name}', which the caller decides", parameter.Parameter));
                return;
            case IDynamicMemberReferenceOperation or IDynamicInvocationOperation or IDynamicIndexerAccessOperation:
                leaves.Add(ValueLeaf.Unprovable(value, "it is dynamic, bound only at run time"));
                return;
        }

        if (symbol is null)
        {
            leaves.Add(ValueLeaf.Of(value));
            return;
        }

        if (!visiting.Add(symbol))
        {
            return; // a cycle adds nothing that the other paths do not
        }

        try
        {
            List<Source>? sources = SourcesOf(value, symbol, out string? reason);
            if (sources is null)
            {
                leaves.Add(ValueLeaf.Unprovable(value, reason ?? "it cannot be followed"));
                return;
            }

            foreach (Source source in sources)
            {
                if (source.Reason is not null)
                {
                    leaves.Add(ValueLeaf.Unprovable(source.Value, source.Reason));
                }
                else
                {
                    Visit(source.Value, claim, leaves, visiting, depth + 1);
                }
            }
        }
        finally
        {
            visiting.Remove(symbol);
        }
    }

    private static ISymbol? SymbolOf(IOperation value) => value switch
    {
        ILocalReferenceOperation l => l.Local,
        IFieldReferenceOperation f => f.Field,
        IPropertyReferenceOperation p => p.Property,
        IInvocationOperation i => i.TargetMethod,
        IParameterReferenceOperation p => p.Parameter,
        IMethodReferenceOperation m => m.Method,
        _ => null,
    };

    /// <summary>The values a symbol may hold, or null (with the reason) when they cannot be known.</summary>
    private List<Source>? SourcesOf(IOperation reference, ISymbol symbol, out string? reason)
    {
        reason = null;
        switch (symbol)
        {
            case ILocalSymbol local:
                return LocalSources(reference, local, out reason);
            case IFieldSymbol field:
                if (field.IsConst)
                {
                    reason = $"const '{field.Name}' is not a descriptor";
                    return null;
                }

                if (!field.IsReadOnly)
                {
                    reason = $"it comes from field '{field.Name}', which is not readonly: any code may change it";
                    return null;
                }

                return InitializedSources(field, field.IsStatic, out reason);
            case IPropertySymbol property:
                return PropertySources(property, out reason);
            case IMethodSymbol method when reference is IInvocationOperation:
                return MethodSources(method, out reason);
            default:
                reason = $"it comes from {symbol.Kind.ToString().ToLowerInvariant()} '{symbol.Name}'";
                return null;
        }
    }

    private List<Source>? LocalSources(IOperation reference, ILocalSymbol local, out string? reason)
    {
        reason = null;
        if (local.IsRef)
        {
            reason = $"it comes from ref local '{local.Name}'";
            return null;
        }

        IOperation root = reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var sources = new List<Source>();
        foreach (IOperation operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when Same(declarator.Symbol, local):
                    IVariableInitializerOperation? initializer = declarator.Initializer
                        ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                    if (initializer is not null)
                    {
                        sources.Add(Source.Of(initializer.Value));
                    }

                    break;
                case IAssignmentOperation assignment when assignment.Target is ILocalReferenceOperation target && Same(target.Local, local):
                    if (assignment is ICompoundAssignmentOperation)
                    {
                        sources.Add(Source.Unprovable(assignment, $"local '{local.Name}' is changed by a compound assignment"));
                    }
                    else
                    {
                        sources.Add(Source.Of(assignment.Value));
                    }

                    break;
                case IDeclarationPatternOperation pattern when Same(pattern.DeclaredSymbol, local):
                    if (pattern.Parent is IIsPatternOperation isPattern)
                    {
                        sources.Add(Source.Of(isPattern.Value));
                    }
                    else if (pattern.Parent is ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression })
                    {
                        sources.Add(Source.Of(switchExpression.Value));
                    }
                    else if (pattern.Parent is IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } })
                    {
                        sources.Add(Source.Of(switchStatement.Value));
                    }
                    else
                    {
                        sources.Add(Source.Unprovable(pattern, $"local '{local.Name}' is declared by a nested pattern"));
                    }

                    break;
                case IForEachLoopOperation loop when loop.Locals.Any(l => Same(l, local)):
                    sources.Add(Source.Unprovable(loop.LoopControlVariable, $"it comes from foreach variable '{local.Name}', one element after another"));
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument
                    when argument.Value is ILocalReferenceOperation byRef && Same(byRef.Local, local):
                    sources.Add(Source.Unprovable(argument, $"local '{local.Name}' is passed by ref or out and may be changed there"));
                    break;
                case IDeclarationExpressionOperation declaration when declaration.Expression is ILocalReferenceOperation declared && Same(declared.Local, local)
                    && declaration.Parent is not IArgumentOperation:
                    sources.Add(Source.Unprovable(declaration, $"local '{local.Name}' is declared by a deconstruction"));
                    break;
                case IDeconstructionAssignmentOperation deconstruction when deconstruction.Target.Descendants().Any(d => d is ILocalReferenceOperation l && Same(l.Local, local)):
                    sources.Add(Source.Unprovable(deconstruction, $"local '{local.Name}' is assigned by a deconstruction"));
                    break;
            }
        }

        if (sources.Count == 0 && local.DeclaringSyntaxReferences.Length > 0
            && local.DeclaringSyntaxReferences[0].GetSyntax() is CatchDeclarationSyntax or SingleVariableDesignationSyntax)
        {
            reason = $"it comes from local '{local.Name}', declared where its value cannot be followed";
            return null;
        }

        return sources;
    }

    /// <summary>A readonly field or getter-only auto-property: its initializer and every constructor assignment.</summary>
    private List<Source>? InitializedSources(ISymbol member, bool isStatic, out string? reason)
    {
        reason = null;
        if (member.DeclaringSyntaxReferences.Length == 0)
        {
            reason = $"it comes from '{member.Name}', declared in another assembly";
            return null;
        }

        var sources = new List<Source>();
        foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
        {
            SyntaxNode syntax = reference.GetSyntax();
            EqualsValueClauseSyntax? initializer = syntax switch
            {
                VariableDeclaratorSyntax v => v.Initializer,
                PropertyDeclarationSyntax p => p.Initializer,
                _ => null,
            };
            if (initializer is not null && OperationOf(initializer) is ISymbolInitializerOperation init)
            {
                sources.Add(Source.Of(init.Value));
            }
        }

        foreach (SyntaxReference typeReference in member.ContainingType.DeclaringSyntaxReferences)
        {
            if (typeReference.GetSyntax() is not TypeDeclarationSyntax type)
            {
                continue;
            }

            foreach (ConstructorDeclarationSyntax constructor in type.Members.OfType<ConstructorDeclarationSyntax>())
            {
                bool staticConstructor = constructor.Modifiers.Any(m => m.ValueText == "static");
                if (staticConstructor != isStatic || OperationOf(constructor) is not { } body)
                {
                    continue;
                }

                foreach (IOperation operation in body.Descendants())
                {
                    if (operation is IAssignmentOperation assignment && Refers(assignment.Target, member))
                    {
                        sources.Add(assignment is ICompoundAssignmentOperation
                            ? Source.Unprovable(assignment, $"'{member.Name}' is changed by a compound assignment")
                            : Source.Of(assignment.Value));
                    }
                    else if (operation is IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument && Refers(argument.Value, member))
                    {
                        sources.Add(Source.Unprovable(argument, $"'{member.Name}' is passed by ref or out in a constructor"));
                    }
                }
            }
        }

        return sources;
    }

    private List<Source>? PropertySources(IPropertySymbol property, out string? reason)
    {
        reason = null;
        if (property.IsIndexer)
        {
            reason = $"it comes from indexer {property.ContainingType.Name}[…]";
            return null;
        }

        if (CanBeOverridden(property))
        {
            reason = $"it comes from property '{property.Name}', which an override or implementation may change";
            return null;
        }

        if (property.DeclaringSyntaxReferences.Length == 0)
        {
            reason = $"it comes from property '{property.Name}', declared in another assembly";
            return null;
        }

        if (property.DeclaringSyntaxReferences[0].GetSyntax() is not PropertyDeclarationSyntax declaration)
        {
            reason = $"it comes from property '{property.Name}'";
            return null;
        }

        AccessorDeclarationSyntax? getter = declaration.AccessorList?.Accessors.FirstOrDefault(a => a.Keyword.ValueText == "get");
        bool isAuto = declaration.ExpressionBody is null && getter is not null && getter.Body is null && getter.ExpressionBody is null;
        if (isAuto)
        {
            if (property.SetMethod is not null)
            {
                reason = $"it comes from property '{property.Name}', which has a setter: any code may change it";
                return null;
            }

            return InitializedSources(property, property.IsStatic, out reason);
        }

        SyntaxNode? body = (SyntaxNode?)declaration.ExpressionBody ?? getter;
        return body is not null && OperationOf(body) is { } operation ? Returns(operation) : null;
    }

    private List<Source>? MethodSources(IMethodSymbol method, out string? reason)
    {
        reason = null;
        if (CanBeOverridden(method))
        {
            reason = $"it is returned by method '{method.Name}', which an override or implementation may change";
            return null;
        }

        SyntaxNode? declaration = method.DeclaringSyntaxReferences.Length == 1 ? method.DeclaringSyntaxReferences[0].GetSyntax() : null;
        if (declaration is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax) || OperationOf(declaration) is not { } body)
        {
            reason = $"it is returned by method '{method.Name}', whose body is not in this project";
            return null;
        }

        return Returns(body);
    }

    private static bool CanBeOverridden(ISymbol member)
        => member.ContainingType?.TypeKind == TypeKind.Interface
            || member.IsAbstract
            || ((member.IsVirtual || member.IsOverride) && !member.IsSealed && member.ContainingType?.IsSealed != true);

    /// <summary>The values of every <c>return</c> of a body, not those of nested lambdas or local functions.</summary>
    private static List<Source> Returns(IOperation body)
    {
        var returns = new List<Source>();
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            IOperation current = pending.Pop();
            if (current is IReturnOperation { ReturnedValue: { } returned })
            {
                returns.Add(Source.Of(returned));
                continue;
            }

            foreach (IOperation child in current.ChildOperations)
            {
                if (child is not IAnonymousFunctionOperation and not ILocalFunctionOperation)
                {
                    pending.Push(child);
                }
            }
        }

        return returns;
    }

    private IOperation? OperationOf(SyntaxNode node)
    {
        if (!_compilation.ContainsSyntaxTree(node.SyntaxTree))
        {
            return null;
        }

#pragma warning disable RS1030 // the declaration lives anywhere in the compilation; this runs only for values that need following
        SemanticModel model = _compilation.GetSemanticModel(node.SyntaxTree);
#pragma warning restore RS1030
        return model.GetOperation(node);
    }

    private static bool Refers(IOperation target, ISymbol member) => target switch
    {
        IFieldReferenceOperation f => Same(f.Field, member) && (f.Instance is null or IInstanceReferenceOperation),
        IPropertyReferenceOperation p => Same(p.Property, member) && (p.Instance is null or IInstanceReferenceOperation),
        _ => false,
    };

    private static bool Same(ISymbol? a, ISymbol? b) => SymbolEqualityComparer.Default.Equals(a, b);

    /// <summary>A value a symbol may hold, or (with <see cref="Reason"/>) a place where it cannot be known.</summary>
    private readonly struct Source
    {
        private Source(IOperation value, string? reason)
        {
            Value = value;
            Reason = reason;
        }

        public IOperation Value { get; }

        public string? Reason { get; }

        public static Source Of(IOperation value) => new(value, null);

        public static Source Unprovable(IOperation at, string reason) => new(at, reason);
    }
}

/// <summary>One place a value may come from: an operation the caller interprets, or a reason it cannot be known.</summary>
internal readonly struct ValueLeaf
{
    private ValueLeaf(IOperation operation, string? unprovable, ISymbol? parameter)
    {
        Operation = operation;
        UnprovableReason = unprovable;
        Parameter = parameter as IParameterSymbol;
    }

    public IOperation Operation { get; }

    /// <summary>Why the value cannot be known here; null for an operation the caller interprets.</summary>
    public string? UnprovableReason { get; }

    /// <summary>The parameter the value came from, when that is where the trail ends.</summary>
    public IParameterSymbol? Parameter { get; }

    public static ValueLeaf Of(IOperation operation) => new(operation, null, null);

    public static ValueLeaf Unprovable(IOperation at, string reason, ISymbol? parameter = null) => new(at, reason, parameter);
}
