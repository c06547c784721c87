using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Analyzers.Baselines;
using SorAnalyzers.Analyzers.Bindings;
using SorAnalyzers.Analyzers.Model;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Baselines;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Finds every write of a model field in C# (assignment, compound and coalescing assignment, ++/--,
/// object initializers and <c>with</c>, deconstruction, <c>ref</c>/<c>out</c> arguments, and calls whose
/// parameter is marked <c>[SorWrites]</c>) and checks it against the context in force and the model.
/// Also warns on every use of a deprecated field.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WriteAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => WriteRules.WriteChecks.Add(BindingRules.UnmappedWrite);

    public override void Initialize(AnalysisContext context)
    {
        // Other generators' code is checked too (its writes move to the user's declaration: GeneratedWrites);
        // this package's own generated files are skipped there.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        RuntimeTypes? types = RuntimeTypes.Resolve(start.Compilation);
        if (types is null)
        {
            return;
        }

        ModelFile? file = ModelFile.Load(start);
        OwnershipModel? model = file?.Result.Model;
        if (model is null)
        {
            return;
        }

        var generated = new GeneratedWrites(start.Options);
        string? rootNamespace = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ProjectProperties.RootNamespaceKey, out string? root) ? root : null;
        var targets = new FieldTargets(
            types,
            model,
            start.Compilation,
            generated.IsThisPackages,
            () => ModelContentHash.OfFiles(file!.Result.Sources.Select(s => s.Text).ToList()),
            GeneratedNames.NamespaceOf(model.Namespace, rootNamespace));
        Baseline? baseline = Baseline.Load(start.Options, start.CancellationToken);
        BindingTypes? bindingTypes = BindingTypes.Resolve(start.Compilation);
        var session = new Session(
            model,
            file!.Result.HasErrors,
            targets,
            new ContextScope(types, model, start.Compilation, start.Options),
            new RecordLanding(model, targets, targets.Trace, types.Record),
            baseline,
            bindingTypes is null ? null : new BoundWrites(model, new TypeBindings(start.Compilation, bindingTypes), targets.Trace));
        if (baseline is null)
        {
            session.Register(start.RegisterOperationAction, generated, (context, diagnostic) => context.ReportDiagnostic(generated.Place(diagnostic, context)));
            return;
        }

        // With a baseline, a violation's entry depends on the others of its member (the occurrence): collect a
        // member's violations and report them at the end of its operation blocks, the baselined ones as suppressed.
#pragma warning disable RS1013 // the operation actions are registered on 'block' through session.Register, which RS1013 does not see
        start.RegisterOperationBlockStartAction(block =>
        {
            var violations = new ConcurrentQueue<Diagnostic>();
            session.Register(block.RegisterOperationAction, generated, (context, diagnostic) => violations.Enqueue(generated.Place(diagnostic, context)));
            block.RegisterOperationBlockEndAction(end => session.ReportBlock(end, violations));
        });
#pragma warning restore RS1013
        start.RegisterCompilationEndAction(session.OnCompilationEnd);
    }

    /// <summary>RegisterOperationAction of a compilation start or of an operation block start.</summary>
    private delegate void OperationActions(Action<OperationAnalysisContext> action, params OperationKind[] kinds);

    /// <summary>
    /// Where one callback's diagnostics go (reported, or queued for the baseline), placed by <see cref="GeneratedWrites"/>.
    /// One per registration, not per callback: almost no callback reports anything, so none pays for a delegate.
    /// </summary>
    private delegate void Reporter(OperationAnalysisContext context, Diagnostic diagnostic);

    /// <summary>
    /// The lists a bound write check fills, one pair per thread, emptied for each check: every call and most assignments
    /// are asked, and almost none finds a bound write. A check uses them to the end before the next one starts (the
    /// analysis of one operation never waits on another's).
    /// </summary>
    private static class Scratch
    {
        [ThreadStatic]
        private static List<FieldWrite>? _writes;

        [ThreadStatic]
        private static List<Diagnostic>? _problems;

        [ThreadStatic]
        private static List<NamedField>? _named;

        [ThreadStatic]
        private static List<ValueLeaf>? _cold;

        [ThreadStatic]
        private static List<NamedField>? _keys;

        public static (List<FieldWrite> Writes, List<Diagnostic> Problems) Take()
        {
            List<FieldWrite> writes = _writes ??= new List<FieldWrite>();
            List<Diagnostic> problems = _problems ??= new List<Diagnostic>();
            writes.Clear();
            problems.Clear();
            return (writes, problems);
        }

        /// <summary>The lists of a [SorWrites] argument's check: the fields it names, where it goes cold, and its distinct known keys.</summary>
        public static (List<NamedField> Named, List<ValueLeaf> Cold, List<NamedField> Keys) TakeArgument()
        {
            List<NamedField> named = _named ??= new List<NamedField>();
            List<ValueLeaf> cold = _cold ??= new List<ValueLeaf>();
            List<NamedField> keys = _keys ??= new List<NamedField>();
            named.Clear();
            cold.Clear();
            keys.Clear();
            return (named, cold, keys);
        }
    }

    /// <summary>What one compilation's callbacks share: read-only after construction, apart from the thread-safe caches.</summary>
    private sealed class Session
    {
        private readonly OwnershipModel _model;
        private readonly bool _modelHasErrors;
        private readonly FieldTargets _targets;
        private readonly ContextScope _scope;
        private readonly RecordLanding _landing;
        private readonly Baseline? _baseline;
        private readonly BoundWrites? _bound;

        // The baselinable violations reported, for finding baseline entries that match none.
        private readonly ConcurrentBag<Diagnostic> _violations = new();

        public Session(OwnershipModel model, bool modelHasErrors, FieldTargets targets, ContextScope scope, RecordLanding landing, Baseline? baseline, BoundWrites? bound)
        {
            _modelHasErrors = modelHasErrors;
            _bound = bound;
            _model = model;
            _targets = targets;
            _scope = scope;
            _landing = landing;
            _baseline = baseline;
        }

        /// <summary>
        /// Registers every write check; <paramref name="report"/> takes the diagnostics. Code that <paramref name="generated"/>
        /// does not analyse (this package's generated files) is skipped, asked only once a cheap look at the operation
        /// leaves a write possible, as most operations of a build are none.
        /// </summary>
        public void Register(OperationActions register, GeneratedWrites generated, Reporter report)
        {
            register(
                c => { if (MayWriteMember(c.Operation) && generated.Analyzes(c)) { OnAssignment(c, report); } },
                OperationKind.SimpleAssignment,
                OperationKind.CompoundAssignment,
                OperationKind.CoalesceAssignment,
                OperationKind.Increment,
                OperationKind.Decrement);
            register(c => { if (generated.Analyzes(c)) { OnDeconstruction(c, report); } }, OperationKind.DeconstructionAssignment);
            // ref/out arguments are looked at from their call (the only operations with arguments that may be ref or
            // out), not one callback per argument: a build has several arguments per call, and almost none is ref/out.
            register(c => { if (generated.Analyzes(c)) { OnInvocation(c, report); } }, OperationKind.Invocation);
            register(
                c => { if (HasRefOrOut(ArgumentsOf(c.Operation)) && generated.Analyzes(c)) { CheckRefOrOut(c, ArgumentsOf(c.Operation), report); } },
                OperationKind.ObjectCreation,
                OperationKind.FunctionPointerInvocation);
            register(c => { if (generated.Analyzes(c)) { OnDynamicInvocation(c, report); } }, OperationKind.DynamicInvocation);
            register(c => { if (generated.Analyzes(c)) { OnDelegateCreation(c, report); } }, OperationKind.DelegateCreation);
            if (_model.AllFields.Any(f => f.IsDeprecated))
            {
                register(c => { if (generated.Analyzes(c)) { OnReference(c, report); } }, OperationKind.PropertyReference, OperationKind.FieldReference);
            }
        }

        /// <summary>
        /// Whether an assignment or <c>++</c>/<c>--</c> may write a model field: only a write to a property, an indexer or
        /// a field can (<see cref="CheckTarget"/> looks at nothing else); a local, a parameter, an array element cannot.
        /// </summary>
        private static bool MayWriteMember(IOperation operation)
        {
            IOperation? target = operation switch
            {
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation step => step.Target,
                _ => null,
            };
            return target is not null && IsMember(target);
        }

        /// <summary>Whether a written target is a property, an indexer or a field: the only targets <see cref="CheckTarget"/> looks at.</summary>
        private static bool IsMember(IOperation target)
            => OperationShape.WriteTarget(target).Kind is OperationKind.PropertyReference or OperationKind.FieldReference;

        /// <summary>
        /// Reports a member's violations: those whose entry is in the baseline as suppressed (the compiler does not
        /// count them; SARIF lists them with a suppression), the others as they are.
        /// </summary>
        public void ReportBlock(OperationBlockAnalysisContext context, IEnumerable<Diagnostic> violations)
        {
            var reported = violations.ToList();
            var suppressed = new HashSet<Diagnostic>();
            foreach (Baseline.BaselineText file in _baseline!.Files)
            {
                foreach ((Diagnostic diagnostic, BaselineEntry entry) in Baseline.Number(reported, file.Folder))
                {
                    if (file.Entries.Contains(entry))
                    {
                        suppressed.Add(diagnostic);
                    }
                }
            }

            foreach (Diagnostic diagnostic in reported)
            {
                context.ReportDiagnostic(suppressed.Contains(diagnostic) ? Baseline.Suppressed(diagnostic) : diagnostic);
                if (Baseline.IsBaselinable(diagnostic))
                {
                    _violations.Add(diagnostic);
                }
            }
        }

        /// <summary>Every baseline entry that no current violation matches, and every line that is no entry: SOR0113 at its line.</summary>
        public void OnCompilationEnd(CompilationAnalysisContext context)
        {
            foreach (Baseline.BaselineText file in _baseline!.Files)
            {
                var current = new HashSet<BaselineEntry>(Baseline.Number(_violations, file.Folder).Select(n => n.Entry));
                foreach (BaselineFile.Line line in file.Parsed.Entries.Where(l => !current.Contains(l.Entry!)))
                {
                    BaselineEntry entry = line.Entry!;
                    string occurrence = entry.Occurrence == 1 ? string.Empty : $" (occurrence {entry.Occurrence})";
                    context.ReportDiagnostic(Diagnostic.Create(WriteRules.StaleBaselineEntry, file.LocationOf(line),
                        $"The baseline entry {entry.Rule} {entry.Field} in {entry.Member}{occurrence}, {entry.File}, matches no violation any more (fixed or moved): remove it"));
                }

                foreach (BaselineFile.Line line in file.Parsed.Malformed)
                {
                    context.ReportDiagnostic(Diagnostic.Create(WriteRules.StaleBaselineEntry, file.LocationOf(line),
                        "This line of the baseline is not an entry (rule, file, member, field and occurrence, separated by tabs): remove it, or record the baseline again"));
                }
            }
        }


        public void OnAssignment(OperationAnalysisContext context, Reporter report)
        {
            IOperation? target = context.Operation switch
            {
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation step => step.Target,
                _ => null,
            };
            if (target is not null)
            {
                CheckTarget(context, target, context.Operation, (context.Operation as IAssignmentOperation)?.Value, report);
            }
        }

        /// <summary>
        /// A write to a member or an indexer: a <c>[SorModelField]</c> member (landing in a bound type's system when
        /// its receiver is one), else whatever the type bindings make of it.
        /// </summary>
        /// <param name="at">The operation whose syntax is where a write is reported (its location is made only for a diagnostic or a bound type's check).</param>
        private void CheckTarget(OperationAnalysisContext context, IOperation target, IOperation at, IOperation? assigned, Reporter report)
        {
            if (!IsMember(target))
            {
                return; // a local, a parameter, an array element: neither a model field nor a bound member
            }

            if (_targets.MemberWrite(target, at) is { } write)
            {
                Check(context, _bound is null ? write : _bound.Land(write, target), report);
                return;
            }

            if (_bound is not null)
            {
                (List<FieldWrite> writes, List<Diagnostic> problems) = Scratch.Take();
                _bound.OfTarget(target, at.Syntax.GetLocation(), assigned, writes, problems);
                CheckBound(context, writes, problems, report);
            }
        }

        private void CheckBound(OperationAnalysisContext context, List<FieldWrite> writes, List<Diagnostic> problems, Reporter report)
        {
            if (writes.Count == 0 && problems.Count == 0)
            {
                return;
            }

            CodeContext? codeContext = _scope.Find(context.Operation, context.ContainingSymbol);
            foreach (FieldWrite write in writes)
            {
                if (!_bound!.IsOwnSetter(context.ContainingSymbol, write))
                {
                    if (FieldOf(write) is { Deprecated: not null } deprecated)
                    {
                        ReportDeprecated(context, deprecated, write.Location, report);
                    }

                    Check(context, write, codeContext, report);
                }
            }

            if (codeContext is not { IsBroken: true })
            {
                foreach (Diagnostic problem in problems)
                {
                    report(context, problem);
                }
            }
        }

        public void OnDeconstruction(OperationAnalysisContext context, Reporter report)
        {
            var deconstruction = (IDeconstructionAssignmentOperation)context.Operation;
            CheckTuple(context, deconstruction.Target, report);
        }

        /// <summary>A variable passed by <c>ref</c> or <c>out</c> is written by the callee: each such argument of a call.</summary>
        private void CheckRefOrOut(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, Reporter report)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter is { RefKind: RefKind.Ref or RefKind.Out })
                {
                    CheckTarget(context, argument.Value, argument, null, report);
                }
            }
        }

        private static bool HasRefOrOut(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter is { RefKind: RefKind.Ref or RefKind.Out })
                {
                    return true;
                }
            }

            return false;
        }

        private static ImmutableArray<IArgumentOperation> ArgumentsOf(IOperation call) => call switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            IFunctionPointerInvocationOperation pointer => pointer.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };

        public void OnInvocation(OperationAnalysisContext context, Reporter report)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (HasRefOrOut(invocation.Arguments))
            {
                CheckRefOrOut(context, invocation.Arguments, report);
            }

            if (invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke && invocation.Instance is { } target)
            {
                CheckDelegateInvocation(context, invocation, target, report);
                return;
            }

            CheckWritesCall(context, invocation, invocation.TargetMethod, invocation.Instance, invocation.Arguments, report);
            if (_bound is not null)
            {
                (List<FieldWrite> writes, List<Diagnostic> problems) = Scratch.Take();
                _bound.OfInvocation(invocation, Locate, writes, problems);
                CheckBound(context, writes, problems, report);
            }
        }

        /// <summary>A call bound at run time (a dynamic argument or receiver): which overload, and so which write, is unknown.</summary>
        public void OnDynamicInvocation(OperationAnalysisContext context, Reporter report)
        {
            var invocation = (IDynamicInvocationOperation)context.Operation;
            var candidates = invocation.SemanticModel?.GetSymbolInfo(invocation.Syntax, context.CancellationToken).CandidateSymbols ?? ImmutableArray<ISymbol>.Empty;
            if (candidates.IsEmpty && invocation.Syntax is InvocationExpressionSyntax call && invocation.SemanticModel is { } semantics)
            {
                candidates = semantics.GetMemberGroup(call.Expression, context.CancellationToken);
            }

            bool writes = candidates.OfType<IMethodSymbol>().Any(m => m.Parameters.Any(_targets.IsWritesParameter))
                || (candidates.IsEmpty && invocation.Arguments.Any(a => IsDescriptor(a.Type)));
            if (!writes || _scope.Find(invocation, context.ContainingSymbol) is { IsBroken: true })
            {
                return;
            }

            report(context, Diagnostic.Create(
                WriteRules.UnprovableField,
                WriteLocation(invocation),
                ImmutableDictionary<string, string?>.Empty.Add(WriteProperties.Dynamic, "true"),
                "the call is dynamic (an argument or the receiver is 'dynamic'), so which method it calls is decided at run time",
                "cast the dynamic arguments to their types so that the compiler binds the call"));
        }

        /// <summary>
        /// A method with a [SorWrites] parameter turned into a delegate: checked where the delegate is called when
        /// it is kept in a local that is only ever called; anywhere else the write hides from the analysis.
        /// </summary>
        public void OnDelegateCreation(OperationAnalysisContext context, Reporter report)
        {
            var creation = (IDelegateCreationOperation)context.Operation;
            if (creation.Target is not IMethodReferenceOperation reference
                || !reference.Method.Parameters.Any(_targets.IsWritesParameter)
                || IsCalledLocal(creation)
                || _scope.Find(creation, context.ContainingSymbol) is { IsBroken: true })
            {
                return;
            }

            report(context, Diagnostic.Create(
                WriteRules.UnprovableField,
                reference.Syntax.GetLocation(),
                $"{reference.Method.Name} becomes a delegate that is passed on or stored, so its calls and the fields they write cannot be followed",
                $"call {reference.Method.Name} directly, or keep the delegate in a local that is only called"));
        }

        public void OnReference(OperationAnalysisContext context, Reporter report)
        {
            if (OperationShape.MemberReference(context.Operation, out ISymbol? member, out _) && _targets.MemberOf(member!)?.Field is { Deprecated: not null } deprecated)
            {
                ReportDeprecated(context, deprecated, context.Operation.Syntax.GetLocation(), report);
            }
        }

        private void CheckTuple(OperationAnalysisContext context, IOperation target, Reporter report)
        {
            if (target is ITupleOperation tuple)
            {
                foreach (IOperation element in tuple.Elements)
                {
                    CheckTuple(context, element, report);
                }
            }
            else
            {
                CheckTarget(context, target, target, null, report);
            }
        }

        private void Check(OperationAnalysisContext context, FieldWrite write, Reporter report)
            => Check(context, write, _scope.Find(context.Operation, context.ContainingSymbol), report);

        private void Check(OperationAnalysisContext context, FieldWrite write, CodeContext? codeContext, Reporter report)
        {
            FieldDefinition? field = write.OtherModel is null ? FieldOf(write) : null;
            if (field is null)
            {
                ReportUnknownMarked(context, write, codeContext, report);
                return;
            }

            if (DirectionCheck.Check(_model, field, codeContext, write, context.ContainingSymbol) is { } diagnostic)
            {
                report(context, diagnostic);
            }
        }

        /// <summary>The model's field a write names: carried by the write when its finder had it, else looked up by key.</summary>
        private FieldDefinition? FieldOf(FieldWrite write) => write.Field ?? _model.FindField(write.Key);

        /// <summary>A call of a method with [SorWrites] parameters: every field each argument may name, in every system the write may land in.</summary>
        private void CheckWritesCall(OperationAnalysisContext context, IInvocationOperation invocation, IMethodSymbol method, IOperation? receiver, ImmutableArray<IArgumentOperation> arguments, Reporter report)
        {
            WritesParameters marked = _targets.WritesParametersOf(method);
            if (!marked.Any)
            {
                return;
            }

            CodeContext? codeContext = null;
            bool contextFound = false;
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                // A parameter of the method called is looked up by its place; any other (none known) by itself.
                bool writes = ReferenceEquals(parameter.ContainingSymbol, method) ? marked.IsMarked(parameter.Ordinal) : _targets.IsWritesParameter(parameter);
                if (!writes)
                {
                    continue;
                }

                if (!contextFound)
                {
                    codeContext = _scope.Find(invocation, context.ContainingSymbol);
                    contextFound = true;
                }

                CheckArgument(context, invocation, method, receiver, argument.Value, codeContext, report);
            }
        }

        private void CheckArgument(OperationAnalysisContext context, IInvocationOperation invocation, IMethodSymbol method, IOperation? receiver, IOperation value, CodeContext? codeContext, Reporter report)
        {
            (List<NamedField> named, List<ValueLeaf> unprovable, List<NamedField> keys) = Scratch.TakeArgument();
            _targets.FieldsOfArgument(value, named, unprovable);
            for (int i = 0; i < named.Count; i++)
            {
                NamedField field = named[i];
                FieldDefinition? definition = field.Field;
                if (field.IsConstantKey)
                {
                    definition = _model.FindField(field.Key);
                    if (definition is null)
                    {
                        ReportUnknownKey(context, field.Location, field.Key, report);
                        continue;
                    }

                    if (definition.Deprecated is not null)
                    {
                        ReportDeprecated(context, definition, field.Location, report);
                    }
                }

                if (!HasKey(keys, field.Key))
                {
                    keys.Add(new NamedField(field.Key, field.Syntax, field.IsConstantKey, definition, field.OtherModel));
                }
            }

            // A value that comes from a [SorWrites] parameter is checked at every call of that method instead.
            // Under a broken context (reported on the attribute) only the unknown keys above are reported.
            if (codeContext is { IsBroken: true })
            {
                return;
            }

            ValueLeaf? cold = null;
            for (int i = 0; i < unprovable.Count; i++)
            {
                ValueLeaf candidate = unprovable[i];
                if (candidate.Parameter is null || !_targets.IsWritesParameter(candidate.Parameter))
                {
                    cold = candidate;
                    break;
                }
            }

            if (cold is { } leaf)
            {
                var properties = ImmutableDictionary<string, string?>.Empty;
                string advice = "pass a descriptor (SorFields.Entity.Field) or a constant key \"Entity.Field\"";
                if (leaf.Parameter is { } parameter && parameter.ContainingSymbol is IMethodSymbol { MethodKind: not MethodKind.AnonymousFunction } owner
                    && SymbolEqualityComparer.Default.Equals(owner, context.ContainingSymbol))
                {
                    properties = properties.Add(WriteProperties.Parameter, parameter.Name);
                    advice = $"mark parameter '{parameter.Name}' [SorWrites] so that every call of {owner.Name} is checked, or " + advice;
                }

                report(context, Diagnostic.Create(
                    WriteRules.UnprovableField, value.Syntax.GetLocation(), properties, leaf.UnprovableReason, advice));
            }

            if (keys.Count == 0)
            {
                return;
            }

            // A key no landing changes (another model's, or one this model lacks) is reported once, not once per landing.
            for (int i = keys.Count - 1; i >= 0; i--)
            {
                NamedField key = keys[i];
                if (key.OtherModel is not null || (key.Field ?? _model.FindField(key.Key)) is null)
                {
                    ReportUnknownMarked(context, new FieldWrite(key.Key, invocation, Locate, null, null, null, key.OtherModel), codeContext, report);
                    keys.RemoveAt(i);
                }
            }

            if (keys.Count == 0)
            {
                return;
            }

            ViewInfo view = method.IsStatic || receiver is null ? default : _targets.ViewOf(receiver.Type as INamedTypeSymbol ?? method.ContainingType);
            if (view.System is null && view.Flow is null && codeContext?.Flow is { } flow && receiver is not null && _landing.IsRecord(receiver.Type))
            {
                var landings = new List<string>();
                var unprovableLandings = new List<ValueLeaf>();
                _landing.Find(receiver, flow, landings, unprovableLandings);
                if (unprovableLandings.Count > 0)
                {
                    report(context, Diagnostic.Create(
                        WriteRules.UnprovableLanding,
                        WriteLocation(invocation),
                        ImmutableDictionary<string, string?>.Empty.Add(WriteProperties.FieldKey, keys[0].Key).Add(WriteProperties.Flow, flow.Id),
                        string.Join(", ", keys.Select(k => k.Key)),
                        flow.From,
                        flow.To,
                        flow.Id,
                        unprovableLandings[0].UnprovableReason));
                }

                foreach (string landing in landings)
                {
                    foreach (NamedField key in keys)
                    {
                        Check(context, new FieldWrite(key.Key, invocation, Locate, landing, null, key.Field, key.OtherModel), codeContext, report);
                    }
                }

                return;
            }

            foreach (NamedField key in keys)
            {
                Check(context, new FieldWrite(key.Key, invocation, Locate, view.System, view.Flow, key.Field, key.OtherModel), codeContext, report);
            }
        }

        private static bool HasKey(List<NamedField> keys, string key)
        {
            foreach (NamedField known in keys)
            {
                if (known.Key == key)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A call through a delegate kept in a local: each method group it may hold is checked as if called directly.</summary>
        private void CheckDelegateInvocation(OperationAnalysisContext context, IInvocationOperation invocation, IOperation target, Reporter report)
        {
            foreach (ValueLeaf leaf in _targets.Trace.Leaves(target, symbol => symbol is IMethodSymbol))
            {
                if (leaf.Operation is IMethodReferenceOperation reference && reference.Method.Parameters.Any(_targets.IsWritesParameter))
                {
                    foreach (IArgumentOperation argument in invocation.Arguments)
                    {
                        if (argument.Parameter is { } p && p.Ordinal < reference.Method.Parameters.Length && _targets.IsWritesParameter(reference.Method.Parameters[p.Ordinal]))
                        {
                            CodeContext? codeContext = _scope.Find(invocation, context.ContainingSymbol);
                            CheckArgument(context, invocation, reference.Method, reference.Instance, argument.Value, codeContext, report);
                        }
                    }
                }
            }
        }

        /// <summary>A delegate kept in a local whose every other use is a call of it (<c>Action&lt;…&gt; put = record.Set; put(…)</c>).</summary>
        private static bool IsCalledLocal(IDelegateCreationOperation creation)
        {
            IOperation? parent = creation.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            ILocalSymbol? local = parent switch
            {
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
                ISimpleAssignmentOperation { Target: ILocalReferenceOperation assigned } => assigned.Local,
                _ => null,
            };
            if (local is null)
            {
                return false;
            }

            IOperation root = creation;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            foreach (IOperation operation in root.Descendants())
            {
                if (operation is ILocalReferenceOperation use && SymbolEqualityComparer.Default.Equals(use.Local, local)
                    && !(use.Parent is IInvocationOperation call && call.Instance == use)
                    && !(use.Parent is ISimpleAssignmentOperation assignment && assignment.Target == use))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsDescriptor(ITypeSymbol? type)
        {
            for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (current.ContainingNamespace?.Name == "SorAnalyzers" && current.Name == "SorField")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Where a call's write is reported: the call, or, when the call ends a chain (<c>a.With(…)\n.With(…)</c>),
        /// from the method's name on, so that each write of the chain sits on its own line.
        /// </summary>
        private static readonly Func<IOperation, Location> Locate = WriteLocation;

        private static Location WriteLocation(IOperation invocation)
        {
            if (invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
                && access.Expression is not (SimpleNameSyntax or ThisExpressionSyntax or BaseExpressionSyntax or PredefinedTypeSyntax)
                && access.Expression.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any())
            {
                return Location.Create(call.SyntaxTree, TextSpan.FromBounds(access.Name.SpanStart, call.Span.End));
            }

            return invocation.Syntax.GetLocation();
        }

        private void ReportUnknownKey(OperationAnalysisContext context, Location location, string key, Reporter report)
        {
            string? suggestion = NearestName.Find(key, _model.AllFields.Select(f => f.Key));
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (suggestion is not null)
            {
                properties = properties.Add(WriteProperties.Suggestion, suggestion);
            }

            report(context, Diagnostic.Create(WriteRules.UnknownField, location, properties, key, NearestName.Hint(suggestion)));
        }

        /// <summary>
        /// A write of a key the model does not have, named by what the code marks as a model field: a misspelt
        /// <c>[SorModelField]</c>, or a member generated from a model that has the field and this project's does not
        /// (another model's, or an older one). There is nothing to check it against, so it is said, not passed (SOR0109).
        /// </summary>
        private void ReportUnknownMarked(OperationAnalysisContext context, FieldWrite write, CodeContext? codeContext, Reporter report)
        {
            if (codeContext is { IsBroken: true })
            {
                return; // the broken context is reported on its attribute, and nothing under it is checked
            }

            if (write.OtherModel is { } other)
            {
                report(context, Diagnostic.Create(
                    WriteRules.UnprovableField,
                    write.Location,
                    $"'{write.Key}' here belongs to a referenced project that generated its API into namespace {other} from a different model text than this project's, so this project's owners cannot judge it",
                    "write through the API generated from this project's model, or have both projects read the same model file"));
                return;
            }

            if (_modelHasErrors)
            {
                return; // a field the broken model lost is explained by the model's own error, which fails the build
            }

            string? suggestion = NearestName.Find(write.Key, _model.AllFields.Select(f => f.Key));
            string written = WrittenMember(context.Operation) is { } member
                ? $"the member written, {member.ContainingType?.Name}.{member.Name},"
                : "what is written here";
            report(context, Diagnostic.Create(
                WriteRules.UnknownField,
                write.Location,
                write.Key,
                $"{NearestName.Hint(suggestion)}, yet {written} is marked as that field: it cannot be checked"));
        }

        /// <summary>The property or field an assignment or <c>++</c>/<c>--</c> writes; null for any other write.</summary>
        private static ISymbol? WrittenMember(IOperation operation)
        {
            IOperation? target = operation switch
            {
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation step => step.Target,
                _ => null,
            };
            return target is not null && OperationShape.MemberReference(OperationShape.WriteTarget(target), out ISymbol? member, out _) ? member : null;
        }

        /// <summary>SOR0120 for a use of <paramref name="field"/>, which the caller found deprecated.</summary>
        private static void ReportDeprecated(OperationAnalysisContext context, FieldDefinition field, Location location, Reporter report)
        {
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(WriteProperties.FieldKey, field.Key)
                .Add(WriteProperties.Member, Baseline.MemberName(context.ContainingSymbol));
            report(context, Diagnostic.Create(WriteRules.DeprecatedField, location, properties, field.Key, field.Deprecated));
        }
    }
}
