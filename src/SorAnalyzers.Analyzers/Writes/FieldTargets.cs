using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Recognises model fields in C#, only through the runtime's markers: a member with
/// <c>[SorModelField]</c>, a parameter with <c>[SorWrites]</c>, and the <c>[SorView]</c> of the type a
/// member belongs to. One instance per compilation; its caches are keyed by symbol and safe for the
/// analyzer's concurrent callbacks.
/// </summary>
internal sealed class FieldTargets
{
    private readonly RuntimeTypes _types;
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, string> _keys = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, ViewInfo> _views = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IParameterSymbol, bool> _writes = new(SymbolEqualityComparer.Default);

    public FieldTargets(RuntimeTypes types, Compilation compilation)
    {
        _types = types;
        _compilation = compilation;
    }

    /// <summary>"Account.Arr" when the member carries <c>[SorModelField("Account", "Arr")]</c>, else null.</summary>
    public string? KeyOf(ISymbol member)
    {
        if (member is not IPropertySymbol and not IFieldSymbol)
        {
            return null;
        }

        string key = _keys.GetOrAdd(member.OriginalDefinition, m =>
        {
            AttributeData? data = _types.Find(m, _types.ModelField);
            if (data is null || data.ConstructorArguments.Length < 2
                || data.ConstructorArguments[0].Value is not string entity || data.ConstructorArguments[1].Value is not string field)
            {
                return string.Empty;
            }

            return entity + "." + field;
        });
        return key.Length == 0 ? null : key;
    }

    /// <summary>The member write behind a reference (<c>view.Arr</c>), or null when it is not a model field.</summary>
    public FieldWrite? MemberWrite(IOperation target, Location location)
    {
        // A write to a member with no setter (a view's field that its system does not own) is CS0200, and
        // the compiler wraps the target in an invalid operation. It is still a write against the model:
        // checked like any other, so the SOR error says whose field it is and which flow delivers it.
        if (target is IInvalidOperation invalid && invalid.ChildOperations.Count == 1)
        {
            target = invalid.ChildOperations.First();
        }

        ISymbol? member = target switch
        {
            IPropertyReferenceOperation p => p.Property,
            IFieldReferenceOperation f => f.Field,
            _ => null,
        };
        string? key = member is null ? null : KeyOf(member);
        if (member is null || key is null)
        {
            return null;
        }

        ViewInfo view = ViewOf(member.ContainingType);
        return new FieldWrite(key, location, view.System, view.Flow);
    }

    public bool IsWritesParameter(IParameterSymbol parameter)
        => _writes.GetOrAdd(parameter.OriginalDefinition, p => _types.Find(p, _types.Writes) is not null);

    /// <summary>
    /// The field a <c>[SorWrites]</c> argument names: a descriptor (a member with <c>[SorModelField]</c>,
    /// or a local or <c>static readonly</c> field initialised with one), or a constant string (returned in
    /// <paramref name="constantKey"/>, not checked against the model here).
    /// </summary>
    public string? KeyOfArgument(IOperation value, out string? constantKey)
    {
        constantKey = null;
        value = Unwrap(value);
        if (value.ConstantValue.HasValue)
        {
            constantKey = value.ConstantValue.Value as string;
            return null;
        }

        switch (value)
        {
            case IPropertyReferenceOperation p:
                return KeyOf(p.Property);
            case IFieldReferenceOperation f:
                return KeyOf(f.Field) ?? (f.Field.IsStatic && f.Field.IsReadOnly ? KeyOfInitializer(f.Field, value.SemanticModel) : null);
            case ILocalReferenceOperation l:
                return KeyOfInitializer(l.Local, value.SemanticModel);
            default:
                return null;
        }
    }

    public ViewInfo ViewOf(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return default;
        }

        return _views.GetOrAdd(type.OriginalDefinition, t =>
        {
            AttributeData? data = _types.Find(t, _types.View);
            return data is null ? default : new ViewInfo(RuntimeTypes.NamedString(data, "System"), RuntimeTypes.NamedString(data, "Flow"));
        });
    }

    private static IOperation Unwrap(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    // Follows one level: `var arr = SorFields.Account.Arr;` or `static readonly SorField<decimal> Arr = SorFields.Account.Arr;`.
    private string? KeyOfInitializer(ISymbol symbol, SemanticModel? current)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1
            || symbol.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return null;
        }

        SemanticModel? model = current is not null && current.SyntaxTree == initializer.SyntaxTree
            ? current
#pragma warning disable RS1030 // the initializer lives in another file; this runs only for [SorWrites] arguments
            : _compilation.ContainsSyntaxTree(initializer.SyntaxTree) ? _compilation.GetSemanticModel(initializer.SyntaxTree) : null;
#pragma warning restore RS1030
        ISymbol? member = model?.GetSymbolInfo(initializer).Symbol;
        return member is null ? null : KeyOf(member);
    }
}

/// <summary>What a <c>[SorView]</c> says about where its writes land; both null for a plain type.</summary>
internal readonly struct ViewInfo
{
    public ViewInfo(string? system, string? flow)
    {
        System = system;
        Flow = flow;
    }

    public string? System { get; }

    public string? Flow { get; }
}
