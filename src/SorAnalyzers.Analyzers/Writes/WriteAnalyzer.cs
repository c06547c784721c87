using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SorAnalyzers.Analyzers.Baselines;
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
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => WriteRules.WriteChecks;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
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

        OwnershipModel? model = ModelFile.Load(start)?.Result.Model;
        if (model is null)
        {
            return;
        }

        Baseline? baseline = Baseline.Load(start.Options, start.CancellationToken);
        var session = new Session(model, new FieldTargets(types, start.Compilation), new ContextScope(types, model, start.Compilation, start.Options), baseline);
        if (baseline is null)
        {
            session.Register(new OperationActions(start.RegisterOperationAction), context => context.ReportDiagnostic);
            return;
        }

        // With a baseline, a violation's entry depends on the others of its member (the occurrence): collect a
        // member's violations and report them at the end of its operation blocks, the baselined ones as suppressed.
#pragma warning disable RS1013 // the operation actions are registered on 'block' through session.Register, which RS1013 does not see
        start.RegisterOperationBlockStartAction(block =>
        {
            var violations = new ConcurrentQueue<Diagnostic>();
            session.Register(new OperationActions(block.RegisterOperationAction), _ => violations.Enqueue);
            block.RegisterOperationBlockEndAction(end => session.ReportBlock(end, violations));
        });
#pragma warning restore RS1013
        start.RegisterCompilationEndAction(session.OnCompilationEnd);
    }

    /// <summary>RegisterOperationAction of a compilation start or of an operation block start.</summary>
    private delegate void OperationActions(Action<OperationAnalysisContext> action, params OperationKind[] kinds);

    /// <summary>What one compilation's callbacks share: read-only after construction, apart from the thread-safe caches.</summary>
    private sealed class Session
    {
        private readonly OwnershipModel _model;
        private readonly FieldTargets _targets;
        private readonly ContextScope _scope;
        private readonly Baseline? _baseline;

        // The baselinable violations reported, for finding baseline entries that match none.
        private readonly ConcurrentBag<Diagnostic> _violations = new();

        public Session(OwnershipModel model, FieldTargets targets, ContextScope scope, Baseline? baseline)
        {
            _model = model;
            _targets = targets;
            _scope = scope;
            _baseline = baseline;
        }

        /// <summary>Registers every write check; <paramref name="sink"/> gives, per callback, where its diagnostics go.</summary>
        public void Register(OperationActions register, Func<OperationAnalysisContext, Action<Diagnostic>> sink)
        {
            register(
                c => OnAssignment(c, sink(c)),
                OperationKind.SimpleAssignment,
                OperationKind.CompoundAssignment,
                OperationKind.CoalesceAssignment,
                OperationKind.Increment,
                OperationKind.Decrement);
            register(c => OnDeconstruction(c, sink(c)), OperationKind.DeconstructionAssignment);
            register(c => OnArgument(c, sink(c)), OperationKind.Argument);
            register(c => OnInvocation(c, sink(c)), OperationKind.Invocation);
            if (_model.AllFields.Any(f => f.IsDeprecated))
            {
                register(c => OnReference(c, sink(c)), OperationKind.PropertyReference, OperationKind.FieldReference);
            }
        }

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

        public void OnAssignment(OperationAnalysisContext context, Action<Diagnostic> report)
        {
            IOperation? target = context.Operation switch
            {
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation step => step.Target,
                _ => null,
            };
            if (target is not null && _targets.MemberWrite(target, context.Operation.Syntax.GetLocation()) is { } write)
            {
                Check(context, write, report);
            }
        }

        public void OnDeconstruction(OperationAnalysisContext context, Action<Diagnostic> report)
        {
            var deconstruction = (IDeconstructionAssignmentOperation)context.Operation;
            CheckTuple(context, deconstruction.Target, report);
        }

        public void OnArgument(OperationAnalysisContext context, Action<Diagnostic> report)
        {
            var argument = (IArgumentOperation)context.Operation;
            if (argument.Parameter is { RefKind: RefKind.Ref or RefKind.Out }
                && _targets.MemberWrite(argument.Value, argument.Syntax.GetLocation()) is { } write)
            {
                Check(context, write, report);
            }
        }

        public void OnInvocation(OperationAnalysisContext context, Action<Diagnostic> report)
        {
            var invocation = (IInvocationOperation)context.Operation;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue || !_targets.IsWritesParameter(argument.Parameter))
                {
                    continue;
                }

                string? key = _targets.KeyOfArgument(argument.Value, out string? constantKey);
                if (constantKey is not null)
                {
                    if (_model.FindField(constantKey) is null)
                    {
                        ReportUnknownKey(context, argument.Value, constantKey);
                        continue;
                    }

                    key = constantKey;
                    ReportIfDeprecated(context, key, argument.Value.Syntax.GetLocation(), report);
                }

                if (key is not null)
                {
                    ViewInfo view = invocation.TargetMethod.IsStatic ? default : _targets.ViewOf(invocation.TargetMethod.ContainingType);
                    Check(context, new FieldWrite(key, invocation.Syntax.GetLocation(), view.System, view.Flow), report);
                }
            }
        }

        public void OnReference(OperationAnalysisContext context, Action<Diagnostic> report)
        {
            ISymbol? member = context.Operation switch
            {
                IPropertyReferenceOperation p => p.Property,
                IFieldReferenceOperation f => f.Field,
                _ => null,
            };
            if (member is not null && _targets.KeyOf(member) is { } key)
            {
                ReportIfDeprecated(context, key, context.Operation.Syntax.GetLocation(), report);
            }
        }

        private void CheckTuple(OperationAnalysisContext context, IOperation target, Action<Diagnostic> report)
        {
            if (target is ITupleOperation tuple)
            {
                foreach (IOperation element in tuple.Elements)
                {
                    CheckTuple(context, element, report);
                }
            }
            else if (_targets.MemberWrite(target, target.Syntax.GetLocation()) is { } write)
            {
                Check(context, write, report);
            }
        }

        private void Check(OperationAnalysisContext context, FieldWrite write, Action<Diagnostic> report)
        {
            FieldDefinition? field = _model.FindField(write.Key);
            if (field is null)
            {
                return; // a [SorModelField] that the model does not know: generated code only names known fields
            }

            CodeContext? codeContext = _scope.Find(context.ContainingSymbol);
            if (DirectionCheck.Check(_model, field, codeContext, write, Baseline.MemberName(context.ContainingSymbol)) is { } diagnostic)
            {
                report(diagnostic);
            }
        }

        private void ReportUnknownKey(OperationAnalysisContext context, IOperation value, string key)
        {
            string? suggestion = NearestName.Find(key, _model.AllFields.Select(f => f.Key));
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (suggestion is not null)
            {
                properties = properties.Add(WriteProperties.Suggestion, suggestion);
            }

            context.ReportDiagnostic(Diagnostic.Create(WriteRules.UnknownField, value.Syntax.GetLocation(), properties, key, NearestName.Hint(suggestion)));
        }

        private void ReportIfDeprecated(OperationAnalysisContext context, string key, Location location, Action<Diagnostic> report)
        {
            if (_model.FindField(key) is { Deprecated: { } message })
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(WriteProperties.FieldKey, key)
                    .Add(WriteProperties.Member, Baseline.MemberName(context.ContainingSymbol));
                report(Diagnostic.Create(WriteRules.DeprecatedField, location, properties, key, message));
            }
        }
    }
}
