using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using System.Linq;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Finds the context in force for a piece of code: the nearest <c>[SorSystem]</c>/<c>[SorFlow]</c> on the
/// member (an accessor looks at its property), then on each containing type outward, then on the assembly,
/// then the MSBuild properties <c>SorSystem</c>/<c>SorFlow</c>. A lambda or local function may declare its
/// own (C# allows the attributes there); the nearest one wins, and one without inherits its container's.
/// </summary>
internal sealed class ContextScope
{
    private readonly RuntimeTypes _types;
    private readonly OwnershipModel _model;
    private readonly CodeContext? _assembly;

    // Per symbol: the context it declares, and the one in force for its code (null kept as None).
    private readonly ConcurrentDictionary<ISymbol, StrongBox<CodeContext?>> _declared = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, StrongBox<CodeContext?>> _found = new(SymbolEqualityComparer.Default);

    public ContextScope(RuntimeTypes types, OwnershipModel model, Compilation compilation, AnalyzerOptions options)
    {
        _types = types;
        _model = model;
        _assembly = Declared(compilation.Assembly) ?? FromBuild(model, options, out _);
    }

    /// <summary>
    /// The context of an operation: the nearest lambda or local function around it that declares one, else
    /// that of <paramref name="member"/> (the member whose body holds it).
    /// </summary>
    public CodeContext? Find(IOperation operation, ISymbol? member)
    {
        for (IOperation? current = operation; current is not null; current = current.Parent)
        {
            IMethodSymbol? function = current switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                ILocalFunctionOperation local => local.Symbol,
                _ => null,
            };
            if (function is not null && Declared(function) is { } declared)
            {
                return declared;
            }
        }

        return Find(member);
    }

    public CodeContext? Find(ISymbol? symbol)
    {
        if (symbol is null)
        {
            return _assembly;
        }

        return _found.TryGetValue(symbol, out StrongBox<CodeContext?>? found) ? found.Value : _found.GetOrAdd(symbol, new StrongBox<CodeContext?>(Search(symbol))).Value;
    }

    private CodeContext? Search(ISymbol symbol)
    {
        for (ISymbol? current = symbol; current is not null && current is not INamespaceSymbol && current is not IAssemblySymbol; current = Outer(current))
        {
            CodeContext? declared = Declared(current);
            if (declared is not null)
            {
                return declared;
            }
        }

        return _assembly;
    }

    /// <summary>
    /// The context set by MSBuild (<c>&lt;SorSystem&gt;crm&lt;/SorSystem&gt;</c>), or null; <paramref name="problem"/>
    /// says what is wrong when a property is set but unusable.
    /// </summary>
    public static CodeContext? FromBuild(OwnershipModel model, AnalyzerOptions options, out string? problem)
    {
        problem = null;
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        string? system = ProjectProperties.ContextId(global.TryGetValue(ProjectProperties.SystemKey, out string? s) ? s : null);
        string? flow = ProjectProperties.ContextId(global.TryGetValue(ProjectProperties.FlowKey, out string? f) ? f : null);
        if (system is not null && flow is not null)
        {
            problem = $"Both MSBuild properties SorSystem ('{system}') and SorFlow ('{flow}') are set; code writes either as one system or along one flow: keep one";
            return CodeContext.Broken;
        }

        if (system is not null)
        {
            var definition = model.FindSystem(system);
            if (definition is null)
            {
                problem = $"The MSBuild property SorSystem names '{system}', which is not a system of the ownership model"
                    + NearestName.Hint(NearestName.Find(system, model.Systems.Select(x => x.Id)));
                return CodeContext.Broken;
            }

            return new CodeContext(definition, null);
        }

        if (flow is not null)
        {
            var definition = model.FindFlow(flow);
            if (definition is null)
            {
                problem = $"The MSBuild property SorFlow names '{flow}', which is not a flow of the ownership model"
                    + NearestName.Hint(NearestName.Find(flow, model.Flows.Select(x => x.Id)));
                return CodeContext.Broken;
            }

            return new CodeContext(null, definition);
        }

        return null;
    }

    private static ISymbol? Outer(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } => symbol.ContainingSymbol,
        IMethodSymbol { AssociatedSymbol: IPropertySymbol property } => property,
        _ => symbol.ContainingType,
    };

    private CodeContext? Declared(ISymbol symbol)
        => _declared.TryGetValue(symbol, out StrongBox<CodeContext?>? declared) ? declared.Value : _declared.GetOrAdd(symbol, new StrongBox<CodeContext?>(Read(symbol))).Value;

    private CodeContext? Read(ISymbol symbol)
    {
        AttributeData? system = _types.Find(symbol, _types.System);
        AttributeData? flow = _types.Find(symbol, _types.Flow);
        if (system is not null && flow is not null)
        {
            return CodeContext.Broken;
        }

        if (system is not null)
        {
            string? id = RuntimeTypes.FirstString(system);
            var definition = id is null ? null : _model.FindSystem(id);
            return definition is null ? CodeContext.Broken : new CodeContext(definition, null);
        }

        if (flow is not null)
        {
            string? id = RuntimeTypes.FirstString(flow);
            var definition = id is null ? null : _model.FindFlow(id);
            return definition is null ? CodeContext.Broken : new CodeContext(null, definition);
        }

        return null;
    }
}
