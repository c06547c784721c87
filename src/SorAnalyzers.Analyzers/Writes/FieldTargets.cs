using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Recognises model fields in C#, only through the runtime's markers: a member with
/// <c>[SorModelField]</c>, a static field of a class with <c>[SorModelEntity]</c> (a generated descriptor,
/// named by <see cref="GeneratedNames.DescriptorFields"/>), a parameter with <c>[SorWrites]</c>, and the
/// <c>[SorView]</c> of the type a member belongs to. One instance per compilation; its caches are keyed by symbol and safe for the
/// analyzer's concurrent callbacks.
/// </summary>
internal sealed class FieldTargets
{
    private readonly RuntimeTypes _types;
    private readonly OwnershipModel _model;
    private readonly ValueTrace _trace;
    private readonly Cache<ISymbol, IReadOnlyDictionary<string, FieldDefinition>> _descriptorClasses = Caches.BySymbol<ISymbol, IReadOnlyDictionary<string, FieldDefinition>>();
    private readonly Cache<ISymbol, string> _keys = Caches.BySymbol<ISymbol, string>();
    private readonly Cache<ISymbol, ViewInfo> _views = Caches.BySymbol<ISymbol, ViewInfo>();
    private readonly Cache<IParameterSymbol, bool> _writes = Caches.BySymbol<IParameterSymbol, bool>();
    private readonly Cache<IMethodSymbol, bool> _methods = Caches.BySymbol<IMethodSymbol, bool>();

    public FieldTargets(RuntimeTypes types, OwnershipModel model, Compilation compilation)
    {
        _types = types;
        _model = model;
        _trace = new ValueTrace(compilation);
    }

    /// <summary>"Account.Arr" when the member carries <c>[SorModelField("Account", "Arr")]</c>, else null.</summary>
    public string? KeyOf(ISymbol member)
    {
        if (member is not IPropertySymbol and not IFieldSymbol)
        {
            return null;
        }

        ISymbol definition = member.OriginalDefinition;
        string key = _keys.GetOrAdd(definition, static (m, targets) => targets.KeyOfUncached(m), this);
        return key.Length == 0 ? null : key;
    }

    /// <summary>The key of a member's definition as <see cref="KeyOf"/> caches it: empty when it is no model field.</summary>
    private string KeyOfUncached(ISymbol m)
    {
        AttributeData? data = null;
        foreach (ISymbol related in Related(m))
        {
            data = _types.Find(related, _types.ModelField);
            if (data is not null)
            {
                break;
            }
        }

        if (data is null)
        {
            return m is IFieldSymbol { IsStatic: true } descriptor && DescriptorsOf(descriptor.ContainingType).TryGetValue(m.Name, out FieldDefinition? named)
                ? named.Key
                : string.Empty;
        }

        if (data.ConstructorArguments.Length < 2
            || data.ConstructorArguments[0].Value is not string entity || data.ConstructorArguments[1].Value is not string field)
        {
            return string.Empty;
        }

        return entity + "." + field;
    }

    /// <summary>
    /// The descriptors of a class marked <c>[SorModelEntity("Account")]</c>, by member name, as the generator
    /// names them; empty for any other class, or an entity this project's model does not have.
    /// </summary>
    private IReadOnlyDictionary<string, FieldDefinition> DescriptorsOf(INamedTypeSymbol type)
    {
        if (_descriptorClasses.TryGetValue(type, out IReadOnlyDictionary<string, FieldDefinition>? known))
        {
            return known;
        }

        IReadOnlyDictionary<string, FieldDefinition> descriptors = NoDescriptors;
        if (_types.ModelEntity is { } marker && _types.Find(type, marker) is { } data
            && RuntimeTypes.FirstString(data) is { } entityName && _model.FindEntity(entityName) is { } entity)
        {
            descriptors = GeneratedNames.DescriptorFields(entity, type.Name);
        }

        return _descriptorClasses.Keep(type, descriptors);
    }

    private static readonly IReadOnlyDictionary<string, FieldDefinition> NoDescriptors = new Dictionary<string, FieldDefinition>();

    /// <summary>
    /// The member and those whose model identity it keeps: the members it overrides, and the interface
    /// members it implements.
    /// </summary>
    private static IEnumerable<ISymbol> Related(ISymbol member)
    {
        for (ISymbol? current = member; current is not null; current = (current as IPropertySymbol)?.OverriddenProperty)
        {
            yield return current;
        }

        if (member is IPropertySymbol property && !property.IsStatic)
        {
            foreach (IPropertySymbol implemented in property.ExplicitInterfaceImplementations)
            {
                yield return implemented;
            }

            foreach (INamedTypeSymbol @interface in property.ContainingType.AllInterfaces)
            {
                foreach (IPropertySymbol candidate in @interface.GetMembers(property.Name).OfType<IPropertySymbol>())
                {
                    if (SymbolEqualityComparer.Default.Equals(property.ContainingType.FindImplementationForInterfaceMember(candidate), property))
                    {
                        yield return candidate;
                    }
                }
            }
        }
    }

    /// <summary>The member write behind a reference (<c>view.Arr</c>), or null when it is not a model field.</summary>
    public FieldWrite? MemberWrite(IOperation target, Location location)
    {
        target = OperationShape.WriteTarget(target);
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

        // The receiver's type says where the write lands: a derived view maps members declared in its base.
        IOperation? instance = target switch
        {
            IPropertyReferenceOperation p => p.Instance,
            IFieldReferenceOperation f => f.Instance,
            _ => null,
        };
        ViewInfo view = instance?.Type is INamedTypeSymbol receiver ? ViewOf(receiver) : default;
        if (view.System is null && view.Flow is null)
        {
            view = ViewOf(member.ContainingType);
        }

        return new FieldWrite(key, location, view.System, view.Flow);
    }

    /// <summary>The compilation's value tracer, shared with the record landing.</summary>
    public ValueTrace Trace => _trace;

    /// <summary>Whether any parameter of <paramref name="method"/> is <c>[SorWrites]</c> (cached per method: most calls of a build have none).</summary>
    public bool HasWritesParameter(IMethodSymbol method)
    {
        IMethodSymbol definition = method.OriginalDefinition;
        if (_methods.TryGetValue(definition, out bool writes))
        {
            return writes;
        }

        foreach (IParameterSymbol parameter in definition.Parameters)
        {
            if (IsWritesParameter(parameter))
            {
                writes = true;
                break;
            }
        }

        return _methods.Keep(definition, writes);
    }

    public bool IsWritesParameter(IParameterSymbol parameter)
    {
        IParameterSymbol definition = parameter.OriginalDefinition;
        return _writes.GetOrAdd(definition, static (p, types) => types.Find(p, types.Writes) is not null, _types);
    }

    /// <summary>
    /// Every field a <c>[SorWrites]</c> argument may name, followed through <see cref="ValueTrace"/>: a
    /// descriptor (a member with <c>[SorModelField]</c>) or a constant string (marked
    /// <see cref="NamedField.IsConstantKey"/>, not checked against the model here), and every place where
    /// the trail goes cold.
    /// </summary>
    public ArgumentFields FieldsOfArgument(IOperation value)
    {
        // Most arguments are a descriptor or a constant key written at the call: the trace would find that one leaf.
        IOperation direct = OperationShape.WithoutConversions(value)!;
        if (KeyOfReference(direct) is { } descriptor)
        {
            return ArgumentFields.One(new NamedField(descriptor, direct.Syntax.GetLocation(), isConstantKey: false));
        }

        if (direct is ILiteralOperation { ConstantValue: { HasValue: true, Value: string literal } })
        {
            return ArgumentFields.One(new NamedField(literal, direct.Syntax.GetLocation(), isConstantKey: true));
        }

        var fields = new List<NamedField>();
        var unprovable = new List<ValueLeaf>();

        foreach (ValueLeaf leaf in _trace.Leaves(value, symbol => KeyOf(symbol) is not null))
        {
            if (leaf.UnprovableReason is not null)
            {
                unprovable.Add(leaf);
                continue;
            }

            IOperation operation = leaf.Operation;
            if (operation.ConstantValue is { HasValue: true, Value: string key })
            {
                fields.Add(new NamedField(key, operation.Syntax.GetLocation(), isConstantKey: true));
            }
            else if (KeyOfReference(operation) is { } member)
            {
                fields.Add(new NamedField(member, operation.Syntax.GetLocation(), isConstantKey: false));
            }
            else
            {
                unprovable.Add(ValueLeaf.Unprovable(operation, Describe(operation)));
            }
        }

        return new ArgumentFields(fields, unprovable);
    }

    /// <summary>The model field a reference to a member names (<c>SorFields.Account.Arr</c>), or null.</summary>
    private string? KeyOfReference(IOperation operation) => operation switch
    {
        IPropertyReferenceOperation p => KeyOf(p.Property),
        IFieldReferenceOperation f => KeyOf(f.Field),
        _ => null,
    };

    private static string Describe(IOperation operation)
    {
        string text = operation.Syntax.ToString();
        if (text.Length > 60)
        {
            text = text.Substring(0, 57) + "...";
        }

        return operation switch
        {
            IObjectCreationOperation => $"it is a descriptor built at run time ({text})",
            _ when operation.Type?.SpecialType == SpecialType.System_String => $"its key is computed at run time ({text})",
            _ => $"it is computed at run time ({text})",
        };
    }

    public ViewInfo ViewOf(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return default;
        }

        if (_views.TryGetValue(type.OriginalDefinition, out ViewInfo known))
        {
            return known;
        }

        return _views.GetOrAdd(type.OriginalDefinition, static (t, types) =>
        {
            // A view's derived types are views of the same system or flow (the attribute is not inherited by reflection).
            for (INamedTypeSymbol? current = (INamedTypeSymbol)t; current is not null; current = current.BaseType)
            {
                if (types.Find(current, types.View) is { } data)
                {
                    return new ViewInfo(RuntimeTypes.NamedString(data, "System"), RuntimeTypes.NamedString(data, "Flow"));
                }
            }

            return default;
        }, _types);
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

/// <summary>A field a <c>[SorWrites]</c> argument names, and where (the descriptor or the constant key).</summary>
internal readonly struct NamedField
{
    public NamedField(string key, Location location, bool isConstantKey)
    {
        Key = key;
        Location = location;
        IsConstantKey = isConstantKey;
    }

    public string Key { get; }

    public Location Location { get; }

    public bool IsConstantKey { get; }
}

/// <summary>What a <c>[SorWrites]</c> argument may be: the fields it provably names, and where that cannot be told.</summary>
internal sealed class ArgumentFields
{
    public ArgumentFields(IReadOnlyList<NamedField> fields, IReadOnlyList<ValueLeaf> unprovable)
    {
        Fields = fields;
        Unprovable = unprovable;
    }

    public IReadOnlyList<NamedField> Fields { get; }

    public IReadOnlyList<ValueLeaf> Unprovable { get; }

    /// <summary>An argument that names one field where it is written (most do): no list made, no trace run.</summary>
    public static ArgumentFields One(NamedField field) => new(new[] { field }, Array.Empty<ValueLeaf>());
}
