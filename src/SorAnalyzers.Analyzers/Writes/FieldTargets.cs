using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Recognises model fields in C#, through the runtime's markers (and, for the view and descriptor classes this
/// package generated in the compilation, through the names the markers would give: <see cref="GeneratedClass"/>): a member with
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
    private readonly Cache<ISymbol, ModelMember> _members = Caches.BySymbol<ISymbol, ModelMember>();
    private readonly Cache<ISymbol, ViewInfo> _views = Caches.BySymbol<ISymbol, ViewInfo>();
    private readonly Cache<IParameterSymbol, bool> _writes = Caches.BySymbol<IParameterSymbol, bool>();
    private readonly Cache<IMethodSymbol, WritesParameters> _methods = Caches.BySymbol<IMethodSymbol, WritesParameters>();
    private readonly Cache<ISymbol, GeneratedClass> _classes = Caches.BySymbol<ISymbol, GeneratedClass>();
    private readonly Cache<IAssemblySymbol, string> _otherModels = Caches.BySymbol<IAssemblySymbol, string>();
    private readonly Func<SyntaxTree, bool> _generatedHere;
    private readonly IAssemblySymbol _assembly;
    private readonly Lazy<string?> _modelHash;
    private readonly string? _modelNamespace;

    /// <param name="generatedHere">Whether a syntax tree is a file this package generated in the compilation.</param>
    /// <param name="modelHash">
    /// The content hash of this project's model files (<see cref="ModelContentHash.OfFiles"/>), asked only when a
    /// referenced assembly's generated class is met; null when it cannot be told, and then no class is taken for another model's.
    /// </param>
    /// <param name="modelNamespace">The namespace this project's model is generated into (<see cref="GeneratedNames.NamespaceOf"/>).</param>
    public FieldTargets(RuntimeTypes types, OwnershipModel model, Compilation compilation, Func<SyntaxTree, bool> generatedHere, Func<string?>? modelHash = null, string? modelNamespace = null)
    {
        _modelNamespace = modelNamespace;
        _types = types;
        _model = model;
        _trace = new ValueTrace(compilation);
        _generatedHere = generatedHere;
        _assembly = compilation.Assembly;
        _modelHash = new Lazy<string?>(modelHash ?? (() => null));
    }

    /// <summary>"Account.Arr" when the member carries <c>[SorModelField("Account", "Arr")]</c>, else null.</summary>
    public string? KeyOf(ISymbol member) => MemberOf(member)?.Key;

    /// <summary>
    /// What a property or field is to the model, in one cached lookup per member: its key, its field and the view of
    /// the type that declares it; null when it is no model field.
    /// </summary>
    public ModelMember? MemberOf(ISymbol member)
    {
        if (member.Kind is not (SymbolKind.Property or SymbolKind.Field) || member.ContainingType is not { } type)
        {
            return null;
        }

        // What the class tells first: the framework's members are no model fields, and a class this package generated
        // names its model members by the model (a view's properties, an entity's descriptors), found without reading
        // each member's attributes. Any other member, a generated class's other members included, is asked itself.
        GeneratedClass owner = ClassOf(type);
        if (!owner.CanCarryMarkers)
        {
            return null;
        }

        if (owner.Find(member.Name) is { } generated)
        {
            return generated;
        }

        ModelMember known = _members.GetOrAdd(member.OriginalDefinition, static (m, targets) => targets.MemberOfUncached(m), this);
        return known.Key.Length == 0 ? null : known;
    }

    /// <summary>A member of a class that may carry the markers (<see cref="ClassOf"/> said so for its assembly), read itself.</summary>
    private ModelMember MemberOfUncached(ISymbol m)
    {
        if (ClassOf(m.ContainingType).OtherModel is { } other)
        {
            return OtherModelMember(m, other);
        }

        string key = KeyOfUncached(m, out ISymbol? markedBy);
        if (key.Length == 0)
        {
            return ModelMember.None;
        }

        // A member that keeps the key of one it overrides or implements in another model's assembly is that model's field.
        if (markedBy?.ContainingType is { } marker && !SymbolEqualityComparer.Default.Equals(marker.ContainingAssembly, m.ContainingAssembly)
            && ClassOf(marker).OtherModel is { } inherited)
        {
            return new ModelMember(key, null, ViewOf(m.ContainingType), inherited);
        }

        return new ModelMember(key, _model.FindField(key), ViewOf(m.ContainingType));
    }

    /// <summary>
    /// A member of a type of another model's assembly: a property or field by its <c>[SorModelField]</c>, a generated
    /// descriptor by its full name (that model's member names are not its keys); the key is only shown.
    /// </summary>
    private ModelMember OtherModelMember(ISymbol m, string otherModel)
    {
        string? key = _types.Find(m, _types.ModelField) is { } data
            ? KeyIn(data)
            : m is IFieldSymbol { IsStatic: true, Type: INamedTypeSymbol { Name: "SorField" } } && _types.ModelEntity is { } marker
              && _types.Find(m.ContainingType, marker) is not null
                ? m.ContainingType.ToDisplayString() + "." + m.Name // that model's names are not its keys: shown as written
                : null;
        return key is null ? ModelMember.None : new ModelMember(key, null, ViewOf(m.ContainingType), otherModel);
    }

    /// <summary>
    /// The namespace of the model a referenced assembly generated its API from, when none of its <c>[SorGeneratedModel]</c>
    /// markers records this project's model hash or namespace; null when one does, when it has none, or when this
    /// model's hash is unknown. A marker of this namespace with another hash is another version of this model:
    /// SOR0035 at the model says so, and its writes are judged by this model as before.
    /// </summary>
    private string? OtherModelOf(IAssemblySymbol assembly)
    {
        string found = _otherModels.GetOrAdd(assembly, static (a, targets) => targets.OtherModelUncached((IAssemblySymbol)a), this);
        return found.Length == 0 ? null : found;
    }

    private string OtherModelUncached(IAssemblySymbol assembly)
    {
        string? other = null;
        foreach (AttributeData attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: GeneratedModelMarker } marker
                && SymbolEqualityComparer.Default.Equals(marker.ContainingAssembly, _types.ModelField.ContainingAssembly)
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is string ns
                && attribute.ConstructorArguments[1].Value is string hash)
            {
                if (string.Equals(GeneratedNames.Unescaped(ns), _modelNamespace, StringComparison.Ordinal)
                    || _modelHash.Value is not { } own || string.Equals(hash, own, StringComparison.Ordinal))
                {
                    return string.Empty;
                }

                other ??= ns;
            }
        }

        return other ?? string.Empty;
    }

    private const string GeneratedModelMarker = "SorGeneratedModelAttribute";

    /// <summary>What the class of a member says before the member is looked at (cached per class).</summary>
    internal GeneratedClass ClassOf(INamedTypeSymbol type)
        => _classes.GetOrAdd(type.OriginalDefinition, static (t, targets) => targets.ClassOfUncached((INamedTypeSymbol)t), this);

    private GeneratedClass ClassOfUncached(INamedTypeSymbol type)
    {
        if (!_types.MayCarryMarkers(type))
        {
            return GeneratedClass.Foreign;
        }

        if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _assembly))
        {
            // A referenced project's type: read member by member; when that project generated its API from another model,
            // known as another model's (its keys, generated or hand-written, are not this model's to judge).
            return OtherModelOf(type.ContainingAssembly) is { } other ? GeneratedClass.OfOtherModel(other) : GeneratedClass.Other;
        }

        // Only a class in a file this package generated from this compilation's model: any other is read member by member.
        if (type.TypeKind != TypeKind.Class || type.DeclaringSyntaxReferences is not { Length: 1 } declarations || !_generatedHere(declarations[0].SyntaxTree))
        {
            return GeneratedClass.Other;
        }

        // The class's one marker says which view or entity it is (one attribute per class); the model's names give its
        // members. A class the model does not name so (a view of a newer or older model) is read member by member.
        if (_types.Find(type, _types.View) is { } view)
        {
            ViewInfo info = ViewInfo.Of(view);
            GeneratedNames names = GeneratedNames.Of(_model);
            GeneratedNames.ViewNames? viewNames = RuntimeTypes.FirstString(view) is not { } entity ? null
                : info.Flow is { } flow ? names.FlowView(flow, entity)
                : info.System is { } system ? names.SystemView(system, entity)
                : null;
            return viewNames is not null && viewNames.ClassName == type.Name ? GeneratedClass.OfView(viewNames, info) : GeneratedClass.Other;
        }

        IReadOnlyDictionary<string, FieldDefinition> descriptors = DescriptorsOf(type);
        return descriptors.Count > 0 ? GeneratedClass.OfDescriptors(descriptors) : GeneratedClass.Other;
    }

    /// <summary>The key of a member's definition: empty when it is no model field.</summary>
    /// <param name="markedBy">The member whose <c>[SorModelField]</c> gave the key (itself, or one it overrides or implements).</param>
    private string KeyOfUncached(ISymbol m, out ISymbol? markedBy)
    {
        AttributeData? data = null;
        markedBy = null;
        foreach (ISymbol related in Related(m, _types))
        {
            data = _types.Find(related, _types.ModelField);
            if (data is not null)
            {
                markedBy = related;
                break;
            }
        }

        if (data is null)
        {
            return m is IFieldSymbol { IsStatic: true } descriptor && DescriptorsOf(descriptor.ContainingType).TryGetValue(m.Name, out FieldDefinition? named)
                ? named.Key
                : string.Empty;
        }

        return KeyIn(data) ?? string.Empty;
    }

    /// <summary>"Account.Arr" from <c>[SorModelField("Account", "Arr")]</c>; null while its arguments are not both strings.</summary>
    private static string? KeyIn(AttributeData modelField)
        => modelField.ConstructorArguments.Length >= 2
            && modelField.ConstructorArguments[0].Value is string entity && modelField.ConstructorArguments[1].Value is string field
            ? entity + "." + field
            : null;

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
            descriptors = GeneratedNames.Of(_model).DescriptorsOf(entity, type.Name);
        }

        return _descriptorClasses.Keep(type, descriptors);
    }

    private static readonly IReadOnlyDictionary<string, FieldDefinition> NoDescriptors = new Dictionary<string, FieldDefinition>();

    /// <summary>
    /// The member and those whose model identity it keeps: the members it overrides, and the interface
    /// members it implements.
    /// </summary>
    private static IEnumerable<ISymbol> Related(ISymbol member, RuntimeTypes types)
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
                if (!types.MayCarryMarkers(@interface))
                {
                    continue; // IEnumerable, INotifyPropertyChanged: no member of theirs is a model field
                }

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
    /// <param name="at">The operation whose syntax is where the write is reported, should it break a rule.</param>
    public FieldWrite? MemberWrite(IOperation target, IOperation at)
    {
        target = OperationShape.WriteTarget(target);
        if (!OperationShape.MemberReference(target, out ISymbol? member, out IOperation? instance))
        {
            return null;
        }

        ModelMember? known = MemberOf(member!);
        if (known is null)
        {
            return null;
        }

        // The receiver's type says where the write lands: a derived view maps members declared in its base.
        ViewInfo view = instance?.Type is INamedTypeSymbol receiver && !Declares(receiver, member!) ? ViewOf(receiver) : default;
        if (view.System is null && view.Flow is null)
        {
            view = known.DeclaringView;
        }

        return new FieldWrite(known.Key, at, FieldWrite.AtSyntax, view.System, view.Flow, known.Field, known.OtherModel);
    }

    /// <summary>Whether <paramref name="receiver"/> is the type that declares <paramref name="member"/> (most writes): its view is the member's own.</summary>
    private static bool Declares(INamedTypeSymbol receiver, ISymbol member)
        => SymbolEqualityComparer.Default.Equals(receiver.OriginalDefinition, member.ContainingType?.OriginalDefinition);

    /// <summary>The compilation's value tracer, shared with the record landing.</summary>
    public ValueTrace Trace => _trace;

    /// <summary>Whether any parameter of <paramref name="method"/> is <c>[SorWrites]</c> (cached per method: most calls of a build have none).</summary>
    public bool HasWritesParameter(IMethodSymbol method) => WritesParametersOf(method).Any;

    /// <summary>Which parameters of <paramref name="method"/> are <c>[SorWrites]</c>, by ordinal (cached per method: most calls of a build have none).</summary>
    public WritesParameters WritesParametersOf(IMethodSymbol method)
        => _methods.GetOrAdd(method.OriginalDefinition, static (m, targets) => targets.WritesParametersUncached(m), this);

    private WritesParameters WritesParametersUncached(IMethodSymbol definition)
    {
        if (!_types.MayCarryMarkers(definition))
        {
            return WritesParameters.None;
        }

        bool[]? marked = null;
        ImmutableArray<IParameterSymbol> parameters = definition.Parameters;
        for (int i = 0; i < parameters.Length; i++)
        {
            if (IsWritesParameter(parameters[i]))
            {
                marked ??= new bool[parameters.Length];
                marked[i] = true;
            }
        }

        return marked is null ? WritesParameters.None : new WritesParameters(marked);
    }

    public bool IsWritesParameter(IParameterSymbol parameter)
    {
        IParameterSymbol definition = parameter.OriginalDefinition;
        return _writes.GetOrAdd(definition, static (p, types) => types.MayCarryMarkers(p) && types.Find(p, types.Writes) is not null, _types);
    }

    /// <summary>
    /// Every field a <c>[SorWrites]</c> argument may name, followed through <see cref="ValueTrace"/>: a
    /// descriptor (a member with <c>[SorModelField]</c>) or a constant string (marked
    /// <see cref="NamedField.IsConstantKey"/>, not checked against the model here), into <paramref name="fields"/>;
    /// every place where the trail goes cold into <paramref name="unprovable"/>.
    /// </summary>
    public void FieldsOfArgument(IOperation value, List<NamedField> fields, List<ValueLeaf> unprovable)
    {
        // Most arguments are a descriptor or a constant key written at the call: the trace would find that one leaf.
        IOperation direct = OperationShape.WithoutConversions(value)!;
        if (MemberOfReference(direct) is { } descriptor)
        {
            fields.Add(new NamedField(descriptor.Key, direct.Syntax, isConstantKey: false, descriptor.Field, descriptor.OtherModel));
            return;
        }

        if (direct.Kind == OperationKind.Literal && direct.ConstantValue is { HasValue: true, Value: string literal })
        {
            fields.Add(new NamedField(literal, direct.Syntax, isConstantKey: true, null));
            return;
        }

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
                fields.Add(new NamedField(key, operation.Syntax, isConstantKey: true, null));
            }
            else if (MemberOfReference(operation) is { } member)
            {
                fields.Add(new NamedField(member.Key, operation.Syntax, isConstantKey: false, member.Field, member.OtherModel));
            }
            else
            {
                unprovable.Add(ValueLeaf.Unprovable(operation, Describe(operation)));
            }
        }
    }

    /// <summary>The model field a reference to a member names (<c>SorFields.Account.Arr</c>), or null.</summary>
    private ModelMember? MemberOfReference(IOperation operation)
        => OperationShape.MemberReference(operation, out ISymbol? member, out _) ? MemberOf(member!) : null;

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

        return _views.GetOrAdd(type.OriginalDefinition, static (t, types) =>
        {
            // A view's derived types are views of the same system or flow (the attribute is not inherited by reflection).
            // A type of an assembly that cannot carry the markers has no view among its bases either.
            for (INamedTypeSymbol? current = (INamedTypeSymbol)t; current is not null && types.MayCarryMarkers(current); current = current.BaseType)
            {
                if (types.Find(current, types.View) is { } data)
                {
                    return ViewInfo.Of(data);
                }
            }

            return default;
        }, _types);
    }
}

/// <summary>
/// A property or field that carries a model field (<c>[SorModelField]</c>, a generated descriptor): its key, the
/// model's field (null when this project's model does not know the key) and the view of the type that declares it.
/// </summary>
internal sealed class ModelMember
{
    /// <summary>A member that is no model field (cached as such).</summary>
    public static readonly ModelMember None = new(string.Empty, null, default);

    public ModelMember(string key, FieldDefinition? field, ViewInfo declaringView, string? otherModel = null)
    {
        Key = key;
        Field = field;
        DeclaringView = declaringView;
        OtherModel = otherModel;
    }

    public string Key { get; }

    public FieldDefinition? Field { get; }

    public ViewInfo DeclaringView { get; }

    /// <summary>
    /// The namespace of the other model a referenced assembly generated this member from (<see cref="GeneratedClass.OtherModel"/>):
    /// its key is that model's, and <see cref="Field"/> is then null; null for a member of this project's model.
    /// </summary>
    public string? OtherModel { get; }
}

/// <summary>Which parameters of a method are <c>[SorWrites]</c>, by ordinal.</summary>
internal sealed class WritesParameters
{
    public static readonly WritesParameters None = new(Array.Empty<bool>());

    private readonly bool[] _marked;

    public WritesParameters(bool[] marked) => _marked = marked;

    public bool Any => _marked.Length > 0;

    public bool IsMarked(int ordinal) => ordinal >= 0 && ordinal < _marked.Length && _marked[ordinal];
}

/// <summary>What a <c>[SorView]</c> says about where its writes land; both null for a plain type.</summary>
internal readonly struct ViewInfo
{
    public ViewInfo(string? system, string? flow)
    {
        System = system;
        Flow = flow;
    }

    /// <summary>What a <c>[SorView]</c>'s named arguments say (<c>System = "crm"</c> or <c>Flow = "billing-to-crm"</c>).</summary>
    public static ViewInfo Of(AttributeData view) => new(RuntimeTypes.NamedString(view, "System"), RuntimeTypes.NamedString(view, "Flow"));

    public string? System { get; }

    public string? Flow { get; }
}

/// <summary>A field a <c>[SorWrites]</c> argument names, and where (the descriptor or the constant key).</summary>
internal readonly struct NamedField
{
    public NamedField(string key, SyntaxNode syntax, bool isConstantKey, FieldDefinition? field, string? otherModel = null)
    {
        Key = key;
        Syntax = syntax;
        IsConstantKey = isConstantKey;
        Field = field;
        OtherModel = otherModel;
    }

    /// <summary>The namespace of the other model a referenced descriptor was generated from (<see cref="ModelMember.OtherModel"/>), else null.</summary>
    public string? OtherModel { get; }

    public string Key { get; }

    /// <summary>The descriptor or the constant key as written.</summary>
    public SyntaxNode Syntax { get; }

    /// <summary>Where a problem with this field is reported (made only then).</summary>
    public Location Location => Syntax.GetLocation();

    public bool IsConstantKey { get; }

    /// <summary>The model's field of a descriptor, when the model has it; null for a constant key (looked up by its checks).</summary>
    public FieldDefinition? Field { get; }
}
