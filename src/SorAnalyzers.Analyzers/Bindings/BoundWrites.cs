using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Bindings;
using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.Analyzers.Bindings;

/// <summary>
/// Recognises the writes that go through bound types (<c>[SorBinding]</c>): a member (setter, initializer,
/// <c>with</c>, compound assignment, <c>++</c>/<c>--</c>, deconstruction, <c>ref</c>/<c>out</c>), a key of a
/// string-keyed bag (an indexer, <c>Add</c>/<c>TryAdd</c>/<c>Remove</c>, dictionary and collection initializers),
/// a declared writer method (<c>SetAttributeValue("name", …)</c>) and EF Core's
/// <c>SetProperty(a =&gt; a.Member, …)</c>. Each becomes a <see cref="FieldWrite"/> that lands in the binding's
/// system, checked like a view write; a key that cannot be told is SOR0111, a write that maps to no field of a
/// complete binding SOR0125. Names are matched by <see cref="BindingNames"/> (the model core's rule).
/// </summary>
internal sealed class BoundWrites
{
    private readonly OwnershipModel _model;
    private readonly TypeBindings _bindings;
    private readonly BindingNames _names;
    private readonly MemberNames _memberNames = new();
    private readonly ValueTrace _trace;
    private readonly Cache<ITypeSymbol, bool> _bags = Caches.BySymbol<ITypeSymbol, bool>();

    public BoundWrites(OwnershipModel model, TypeBindings bindings, ValueTrace trace)
    {
        _model = model;
        _bindings = bindings;
        _names = new BindingNames(model);
        _trace = trace;
    }

    /// <summary>
    /// The system a <c>[SorModelField]</c> member's write lands in when its receiver is a bound type that holds
    /// the field's entity (<paramref name="write"/> unchanged otherwise).
    /// </summary>
    public FieldWrite Land(FieldWrite write, IOperation target)
    {
        if (write.ViewSystem is not null || write.ViewFlow is not null)
        {
            return write;
        }

        IOperation? instance = OperationShape.WriteTarget(target) switch
        {
            IPropertyReferenceOperation p => p.Instance,
            IFieldReferenceOperation f => f.Instance,
            _ => null,
        };
        string entity = write.Key.Substring(0, Math.Max(0, write.Key.IndexOf('.')));
        return _bindings.Of(instance?.Type) is { } bound && bound.SystemOf(entity) is { } system
            ? write.LandingIn(system)
            : write;
    }

    /// <summary>
    /// Whether <paramref name="write"/> is the plumbing of a bound property's own setter: inside the setter of a
    /// property that maps to the same field in the same system (an early-bound <c>Revenue { set =&gt;
    /// this["annualrevenue"] = value; }</c>). Every assignment of that property is checked where it is made.
    /// </summary>
    public bool IsOwnSetter(ISymbol? containing, FieldWrite write)
    {
        if (containing is not IMethodSymbol { MethodKind: MethodKind.PropertySet, AssociatedSymbol: IPropertySymbol property })
        {
            return false;
        }

        var own = new List<FieldWrite>();
        Member(property, null, write.Location, null, own, new List<Diagnostic>());
        return own.Exists(w => w.Key == write.Key && w.ViewSystem == write.ViewSystem);
    }

    /// <summary>
    /// Whether <paramref name="binding"/> of <paramref name="type"/> maps anything to a field of its entity: an
    /// explicit mapping, a writer, a string indexer of the type itself, a <c>[SorModelField]</c> member, a member
    /// whose name is a field's, or a bag member with a field's dotted name. A binding that maps nothing checks
    /// nothing, which is almost always a name that does not match (SOR0126).
    /// </summary>
    public bool MapsAny(INamedTypeSymbol type, BindingDeclaration binding)
    {
        if (_bindings.Of(type) is not { } bound)
        {
            return true;
        }

        if (bound.Writers.Count > 0
            || bound.Members.Values.Any(m => m.Field.StartsWith(binding.Entity + ".", StringComparison.Ordinal)))
        {
            return true;
        }

        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member.IsStatic || member.DeclaredAccessibility == Accessibility.Private)
                {
                    continue;
                }

                switch (member)
                {
                    case IPropertySymbol { IsIndexer: true } indexer when indexer.SetMethod is not null && indexer.Parameters.Length == 1
                        && indexer.Parameters[0].Type.SpecialType == SpecialType.System_String:
                        return true;
                    case IMethodSymbol method when method.GetAttributes().Any(a => _bindings.Types.Is(a, _bindings.Types.Writer)):
                        return true;
                    case IPropertySymbol { IsIndexer: false } or IFieldSymbol { IsImplicitlyDeclared: false }:
                        if (member.GetAttributes().Any(a => a.AttributeClass?.Name == "SorModelFieldAttribute")
                            || _memberNames.Of(member).Any(name => _names.Fields(binding.System, binding.Entity, name).Count > 0)
                            || (IsBag(member is IPropertySymbol p ? p.Type : ((IFieldSymbol)member).Type) && HasBagFields(bound, member)))
                        {
                            return true;
                        }

                        break;
                }
            }
        }

        return false;
    }

    /// <summary>A write to <paramref name="target"/> (a member or an indexer); <paramref name="assigned"/> is the value, when one is assigned.</summary>
    public void OfTarget(IOperation target, Location location, IOperation? assigned, List<FieldWrite> writes, List<Diagnostic> problems)
    {
        switch (OperationShape.WriteTarget(target))
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                if (indexer.Arguments.Length == 1)
                {
                    Keyed(indexer.Instance, indexer.Property.ContainingType, indexer.Arguments[0].Value, location, writes, problems);
                }

                break;
            case IPropertyReferenceOperation property:
                Member(property.Property, property.Instance, location, assigned, writes, problems);
                break;
            case IFieldReferenceOperation field:
                Member(field.Field, field.Instance, location, assigned, writes, problems);
                break;
        }
    }

    /// <summary>A call that writes a bound field: a bag's <c>Add</c>/<c>TryAdd</c>/<c>Remove</c>, a declared writer, EF Core's <c>SetProperty</c>.</summary>
    /// <param name="locate">Where the call's write is reported: asked only when the call writes a bound field.</param>
    public void OfInvocation(IInvocationOperation call, Func<IOperation, Location> locate, List<FieldWrite> writes, List<Diagnostic> problems)
    {
        IMethodSymbol method = call.TargetMethod;
        if (method.Name == "SetProperty" && call.Arguments.Length > 0 && SelectedMember(call.Arguments[0].Value) is { } selected)
        {
            ISymbol member = selected switch
            {
                IPropertyReferenceOperation p => p.Property,
                _ => ((IFieldReferenceOperation)selected).Field,
            };
            IOperation? instance = selected is IPropertyReferenceOperation pr ? pr.Instance : ((IFieldReferenceOperation)selected).Instance;
            Member(member, instance, locate(call), null, writes, problems);
            return;
        }

        if (call.Instance is null)
        {
            return;
        }

        if (method.Name is "Add" or "TryAdd" or "Remove" && method.Parameters.Length > 0
            && method.Parameters[0].Type.SpecialType == SpecialType.System_String && IsBag(call.Instance.Type))
        {
            IArgumentOperation? key = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
            if (key is not null)
            {
                Keyed(call.Instance, method.ContainingType, key.Value, locate(call), writes, problems);
            }

            return;
        }

        if (_bindings.Of(call.Instance.Type) is { } bound && _bindings.IsWriter(method, bound, out IParameterSymbol? keyParameter))
        {
            IArgumentOperation? key = call.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter?.OriginalDefinition, keyParameter!.OriginalDefinition));
            if (key is not null)
            {
                Own(bound, call.Instance.Type!, key.Value, locate(call), writes, problems);
            }
        }
    }

    private void Member(ISymbol member, IOperation? instance, Location location, IOperation? assigned, List<FieldWrite> writes, List<Diagnostic> problems)
    {
        if (member.DeclaredAccessibility == Accessibility.Private)
        {
            return; // the type's own storage, not what it exposes: its public members are the binding
        }

        ITypeSymbol? receiver = instance?.Type ?? member.ContainingType;
        BoundType? bound = _bindings.Of(receiver);
        if (bound is null && !SymbolEqualityComparer.Default.Equals(receiver, member.ContainingType))
        {
            bound = _bindings.Of(member.ContainingType);
            receiver = member.ContainingType;
        }

        if (bound is null)
        {
            return;
        }

        if (bound.Members.TryGetValue(member.Name, out MemberDeclaration? explicitly))
        {
            Explicit(bound, explicitly, location, writes);
            return;
        }

        int before = writes.Count;
        foreach (BindingDeclaration binding in bound.Bindings)
        {
            foreach (string name in _memberNames.Of(member))
            {
                foreach (FieldDefinition field in _names.Fields(binding.System, binding.Entity, name))
                {
                    Add(writes, new FieldWrite(field.Key, location, binding.System, null, field));
                }
            }
        }

        if (writes.Count > before)
        {
            return;
        }

        ITypeSymbol? memberType = member switch
        {
            IPropertySymbol p => p.Type,
            IFieldSymbol f => f.Type,
            _ => null,
        };
        if (IsBag(memberType))
        {
            // The bag as a whole: its keys are checked where they are written (an initializer's entries are).
            if (assigned is not null && !IsFresh(assigned) && (bound.Complete || HasBagFields(bound, member)))
            {
                problems.Add(Diagnostic.Create(
                    WriteRules.UnprovableField,
                    location,
                    $"a whole bag is assigned to {member.Name}, which holds model fields of {bound.Describe()}, and which keys it holds cannot be told",
                    $"set the keys on {member.Name} one by one, or build the bag in place (new() {{ [\"key\"] = … }})"));
            }

            return;
        }

        if (bound.Complete)
        {
            problems.Add(Unmapped(location, $"{receiver!.Name}.{member.Name}", bound, receiver));
        }
    }

    /// <summary>A key written into a bag: <paramref name="instance"/> is the bag (a bound type's own indexer, or a bag member of one).</summary>
    private void Keyed(IOperation? instance, ITypeSymbol declaring, IOperation key, Location location, List<FieldWrite> writes, List<Diagnostic> problems)
    {
        if (_bindings.Of(instance?.Type ?? declaring) is { } own)
        {
            Own(own, instance?.Type ?? declaring, key, location, writes, problems);
            return;
        }

        foreach ((ISymbol bag, ITypeSymbol? receiver) in BagOwners(instance))
        {
            if (bag.DeclaredAccessibility != Accessibility.Private && (_bindings.Of(receiver) ?? _bindings.Of(bag.ContainingType)) is { } bound)
            {
                BagKey(bound, bag, key, location, writes, problems);
            }
        }
    }

    /// <summary>
    /// The bound bag members a bag may be: the member itself (<c>x.Metadata</c>, an initializer's), or, for a
    /// local, every member the local is set from (<c>var md = options.Metadata; md["arr"] = …</c>).
    /// </summary>
    private IEnumerable<(ISymbol Bag, ITypeSymbol? Receiver)> BagOwners(IOperation? instance)
    {
        if (OperationShape.WithoutConversions(instance) is ILocalReferenceOperation local)
        {
            foreach (ValueLeaf leaf in _trace.Leaves(local, symbol => symbol is IPropertySymbol { IsIndexer: false } or IFieldSymbol))
            {
                if (leaf.UnprovableReason is null && BagOwner(leaf.Operation) is ({ } bag, var receiver))
                {
                    yield return (bag, receiver);
                }
            }

            yield break;
        }

        if (BagOwner(instance) is ({ } member, var owner))
        {
            yield return (member, owner);
        }
    }

    private void BagKey(BoundType bound, ISymbol bag, IOperation key, Location location, List<FieldWrite> writes, List<Diagnostic> problems)
    {
        bool relevant = bound.Complete || HasBagFields(bound, bag);
        foreach (string text in KeysOf(key, relevant, problems))
        {
            int before = writes.Count;
            if (bound.Members.TryGetValue(bag.Name + "." + text, out MemberDeclaration? explicitly))
            {
                Explicit(bound, explicitly, location, writes);
                continue;
            }

            foreach (BindingDeclaration binding in bound.Bindings)
            {
                foreach (string name in _memberNames.Of(bag))
                {
                    foreach (FieldDefinition field in _names.BagFields(binding.System, binding.Entity, name, text))
                    {
                        Add(writes, new FieldWrite(field.Key, location, binding.System, null, field));
                    }
                }
            }

            if (writes.Count == before && bound.Complete)
            {
                problems.Add(Unmapped(location, $"{bag.Name}[\"{text}\"]", bound, bag.ContainingType));
            }
        }
    }

    /// <summary>A key of a bound type's own bag (its indexer, a declared writer): the system's names, else the fields' names.</summary>
    private void Own(BoundType bound, ITypeSymbol type, IOperation key, Location location, List<FieldWrite> writes, List<Diagnostic> problems)
    {
        foreach (string text in KeysOf(key, relevant: true, problems))
        {
            int before = writes.Count;
            if (bound.Members.TryGetValue(text, out MemberDeclaration? explicitly))
            {
                Explicit(bound, explicitly, location, writes);
                continue;
            }

            foreach (BindingDeclaration binding in bound.Bindings)
            {
                foreach (FieldDefinition field in _names.Fields(binding.System, binding.Entity, text))
                {
                    Add(writes, new FieldWrite(field.Key, location, binding.System, null, field));
                }
            }

            if (writes.Count == before && bound.Complete)
            {
                problems.Add(Unmapped(location, $"{type.Name}[\"{text}\"]", bound, type));
            }
        }
    }

    private void Explicit(BoundType bound, MemberDeclaration declaration, Location location, List<FieldWrite> writes)
    {
        // An override that names no field of a bound entity is SOR0123 at the declaration; the write is not guessed at.
        if (_model.FindField(declaration.Field) is { } field && bound.SystemOf(field.Entity) is { } system)
        {
            Add(writes, new FieldWrite(field.Key, location, system, null, field));
        }
    }

    /// <summary>The constant keys <paramref name="key"/> may be, followed through <see cref="ValueTrace"/>; where it goes cold, SOR0111 (when the bag holds model fields).</summary>
    private List<string> KeysOf(IOperation key, bool relevant, List<Diagnostic> problems)
    {
        var keys = new List<string>();
        if (key.ConstantValue is { HasValue: true, Value: string constant })
        {
            keys.Add(constant);
            return keys;
        }

        foreach (ValueLeaf leaf in _trace.Leaves(key, symbol => symbol is IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true }))
        {
            if (leaf.UnprovableReason is null && leaf.Operation.ConstantValue is { HasValue: true, Value: string text })
            {
                if (!keys.Contains(text))
                {
                    keys.Add(text);
                }
            }
            else if (relevant)
            {
                string reason = leaf.UnprovableReason ?? $"its key is computed at run time ({Short(leaf.Operation.Syntax.ToString())})";
                problems.Add(Diagnostic.Create(
                    WriteRules.UnprovableField,
                    key.Syntax.GetLocation(),
                    reason,
                    "use a constant key (a literal, a const, or a local or readonly field set only to constants)"));
                return keys;
            }
        }

        return keys;
    }

    /// <summary>Which member of which type a bag is: <c>x.Metadata</c>, or the <c>Metadata = new() { … }</c> (or <c>Metadata = { … }</c>) an initializer fills.</summary>
    private static (ISymbol? Bag, ITypeSymbol? Receiver) BagOwner(IOperation? instance)
    {
        switch (OperationShape.WithoutConversions(instance))
        {
            case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                return (property.Property, property.Instance?.Type ?? property.Property.ContainingType);
            case IFieldReferenceOperation field:
                return (field.Field, field.Instance?.Type ?? field.Field.ContainingType);
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver:
                IOperation? current = receiver.Parent;
                while (current is not null and not IObjectOrCollectionInitializerOperation)
                {
                    current = current.Parent;
                }

                IOperation? filled = current?.Parent;
                if (filled is IMemberInitializerOperation nested)
                {
                    return OwnerOfTarget(nested.InitializedMember);
                }

                if (filled is IObjectCreationOperation creation)
                {
                    IOperation? up = creation.Parent;
                    IOperation value = creation;
                    while (up is IConversionOperation conversion)
                    {
                        value = conversion;
                        up = conversion.Parent;
                    }

                    if (up is ISimpleAssignmentOperation assignment && assignment.Value == value)
                    {
                        return OwnerOfTarget(assignment.Target);
                    }
                }

                return default;
            default:
                return default;
        }
    }

    private static (ISymbol? Bag, ITypeSymbol? Receiver) OwnerOfTarget(IOperation target) => target switch
    {
        IPropertyReferenceOperation { Property.IsIndexer: false } p => (p.Property, p.Instance?.Type ?? p.Property.ContainingType),
        IFieldReferenceOperation f => (f.Field, f.Instance?.Type ?? f.Field.ContainingType),
        _ => default,
    };

    /// <summary>The member a selector lambda (<c>a =&gt; a.Arr</c>, a delegate or an expression tree) picks, rooted at its parameter.</summary>
    private static IOperation? SelectedMember(IOperation argument)
    {
        IOperation? current = argument;
        while (current is IConversionOperation or IDelegateCreationOperation)
        {
            current = current is IConversionOperation c ? c.Operand : ((IDelegateCreationOperation)current).Target;
        }

        if (current is not IAnonymousFunctionOperation { Symbol.Parameters.Length: 1 } lambda)
        {
            return null;
        }

        IOperation? body = lambda.Body.Operations.OfType<IReturnOperation>().FirstOrDefault()?.ReturnedValue;
        body = OperationShape.WithoutConversions(body);
        IOperation? root = body;
        while (root is IPropertyReferenceOperation { Instance: { } pi })
        {
            root = OperationShape.WithoutConversions(pi);
        }

        while (root is IFieldReferenceOperation { Instance: { } fi })
        {
            root = OperationShape.WithoutConversions(fi);
        }

        return root is IParameterReferenceOperation parameter
            && SymbolEqualityComparer.Default.Equals(parameter.Parameter, lambda.Symbol.Parameters[0])
            && body is IPropertyReferenceOperation { Property.IsIndexer: false } or IFieldReferenceOperation
            ? body
            : null;
    }

    /// <summary>Some binding of the type maps a field to a key of <paramref name="bag"/> (a dotted name, or an explicit <c>Member.key</c>).</summary>
    private bool HasBagFields(BoundType bound, ISymbol bag)
    {
        string prefix = bag.Name + ".";
        if (bound.Members.Keys.Any(k => k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        foreach (BindingDeclaration binding in bound.Bindings)
        {
            if (_model.FindEntity(binding.Entity) is not { } entity)
            {
                continue;
            }

            foreach (FieldDefinition field in entity.Fields)
            {
                if (field.Names.FirstOrDefault(n => n.System == binding.System) is { BagMember: { } member }
                    && _memberNames.Of(bag).Contains(member, StringComparer.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A string-keyed bag: a writable <c>this[string]</c>, or an <c>IDictionary&lt;string, T&gt;</c>.</summary>
    private bool IsBag(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType == SpecialType.System_String)
        {
            return false;
        }

        return _bags.GetOrAdd(type, t =>
        {
            foreach (INamedTypeSymbol @interface in t.AllInterfaces)
            {
                if (@interface.Name == "IDictionary" && @interface.TypeArguments.Length == 2
                    && @interface.TypeArguments[0].SpecialType == SpecialType.System_String)
                {
                    return true;
                }
            }

            for (ITypeSymbol? current = t; current is not null; current = current.BaseType)
            {
                foreach (IPropertySymbol indexer in current.GetMembers("this[]").OfType<IPropertySymbol>())
                {
                    if (indexer.Parameters.Length == 1 && indexer.Parameters[0].Type.SpecialType == SpecialType.System_String && indexer.SetMethod is not null)
                    {
                        return true;
                    }
                }
            }

            return false;
        });
    }

    private static bool IsFresh(IOperation assigned)
        => OperationShape.WithoutConversions(assigned) is IObjectCreationOperation or IAnonymousObjectCreationOperation
            || assigned.ConstantValue is { HasValue: true, Value: null }
            || OperationShape.WithoutConversions(assigned) is IDefaultValueOperation;

    private static Diagnostic Unmapped(Location location, string written, BoundType bound, ITypeSymbol? type)
        => Diagnostic.Create(BindingRules.UnmappedWrite, location, written, bound.Describe(), type?.Name ?? "the type");

    private static void Add(List<FieldWrite> writes, FieldWrite write)
    {
        foreach (FieldWrite existing in writes)
        {
            if (existing.Key == write.Key && existing.ViewSystem == write.ViewSystem && existing.Location == write.Location)
            {
                return;
            }
        }

        writes.Add(write);
    }

    private static string Short(string text) => text.Length > 60 ? text.Substring(0, 57) + "..." : text;
}
