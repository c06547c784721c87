using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using System.Linq;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;
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
    private readonly Lazy<CodeContext?> _assembly;

    // One context per system and per flow of the model. A symbol's own context is read from its attributes (the
    // compiler keeps them on the symbol), remembered per thread for the last member only (Find): no shared cache per
    // symbol, whose adds the callbacks of a build's threads would wait on each other for.
    private readonly Dictionary<string, CodeContext> _systems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CodeContext> _flows = new(StringComparer.Ordinal);

    public ContextScope(RuntimeTypes types, OwnershipModel model, Compilation compilation, AnalyzerOptions options)
    {
        _types = types;
        foreach (SystemDefinition system in model.Systems)
        {
            _systems[system.Id] = new CodeContext(system, null);
        }

        foreach (FlowDefinition flow in model.Flows)
        {
            _flows[flow.Id] = new CodeContext(null, flow);
        }

        // Read at the first question: the assembly's attributes need every file's declarations, which the compiler is
        // still building when the compilation starts.
        _assembly = new Lazy<CodeContext?>(() => Declared(compilation.Assembly) ?? FromBuild(model, options, out _));
    }

    /// <summary>
    /// The context of an operation: the nearest lambda or local function around it that declares one, else
    /// that of <paramref name="member"/> (the member whose body holds it).
    /// </summary>
    public CodeContext? Find(IOperation operation, ISymbol? member)
    {
        for (IOperation? current = operation; current is not null; current = current.Parent)
        {
            // By kind first: every write walks all its parents, and most are neither.
            IMethodSymbol? function = current.Kind switch
            {
                OperationKind.AnonymousFunction => ((IAnonymousFunctionOperation)current).Symbol,
                OperationKind.LocalFunction => ((ILocalFunctionOperation)current).Symbol,
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
        // A thread's callbacks come member by member, each naming the member with the same symbol: the last member's
        // context is kept per thread, so most writes of a member read no attributes. Weakly: a thread keeps no symbol
        // (nor its compilation) alive.
        LastAnswer<ISymbol, ContextScope, CodeContext?> last = _last ??= new LastAnswer<ISymbol, ContextScope, CodeContext?>();
        if (symbol is not null && last.TryGet(symbol, this, out CodeContext? known))
        {
            return known;
        }

        CodeContext? context = FindUncached(symbol);
        if (symbol is not null)
        {
            last.Keep(symbol, this, context);
        }

        return context;
    }

    [ThreadStatic]
    private static LastAnswer<ISymbol, ContextScope, CodeContext?>? _last;

    private CodeContext? FindUncached(ISymbol? symbol)
    {
        for (ISymbol? current = symbol; current is not null && current is not INamespaceSymbol && current is not IAssemblySymbol; current = Outer(current))
        {
            CodeContext? declared = Declared(current);
            if (declared is not null)
            {
                return declared;
            }
        }

        return _assembly.Value;
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

    /// <summary>The context <paramref name="symbol"/> declares with <c>[SorSystem]</c>/<c>[SorFlow]</c>, <see cref="CodeContext.Broken"/> when it is unusable, or null.</summary>
    private CodeContext? Declared(ISymbol symbol)
    {
        AttributeData? system = null;
        AttributeData? flow = null;
        foreach (AttributeData data in symbol.GetAttributes())
        {
            INamedTypeSymbol? type = data.AttributeClass;
            if (system is null && SymbolEqualityComparer.Default.Equals(type, _types.System))
            {
                system = data;
            }
            else if (flow is null && SymbolEqualityComparer.Default.Equals(type, _types.Flow))
            {
                flow = data;
            }
        }

        if (system is not null && flow is not null)
        {
            return CodeContext.Broken;
        }

        if (system is not null)
        {
            return RuntimeTypes.FirstString(system) is { } id && _systems.TryGetValue(id, out CodeContext? context) ? context : CodeContext.Broken;
        }

        if (flow is not null)
        {
            return RuntimeTypes.FirstString(flow) is { } id && _flows.TryGetValue(id, out CodeContext? context) ? context : CodeContext.Broken;
        }

        return null;
    }
}
