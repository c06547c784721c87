using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SorAnalyzers.Analyzers.Model;
using SorAnalyzers.Model;
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

        var session = new Session(model, new FieldTargets(types, start.Compilation), new ContextScope(types, model, start.Compilation, start.Options));
        start.RegisterOperationAction(
            session.OnAssignment,
            OperationKind.SimpleAssignment,
            OperationKind.CompoundAssignment,
            OperationKind.CoalesceAssignment,
            OperationKind.Increment,
            OperationKind.Decrement);
        start.RegisterOperationAction(session.OnDeconstruction, OperationKind.DeconstructionAssignment);
        start.RegisterOperationAction(session.OnArgument, OperationKind.Argument);
        start.RegisterOperationAction(session.OnInvocation, OperationKind.Invocation);
        if (model.AllFields.Any(f => f.IsDeprecated))
        {
            start.RegisterOperationAction(session.OnReference, OperationKind.PropertyReference, OperationKind.FieldReference);
        }
    }

    /// <summary>What one compilation's callbacks share: read-only after construction, apart from the thread-safe caches.</summary>
    private sealed class Session
    {
        private readonly OwnershipModel _model;
        private readonly FieldTargets _targets;
        private readonly ContextScope _scope;

        public Session(OwnershipModel model, FieldTargets targets, ContextScope scope)
        {
            _model = model;
            _targets = targets;
            _scope = scope;
        }

        public void OnAssignment(OperationAnalysisContext context)
        {
            IOperation? target = context.Operation switch
            {
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation step => step.Target,
                _ => null,
            };
            if (target is not null && _targets.MemberWrite(target, context.Operation.Syntax.GetLocation()) is { } write)
            {
                Check(context, write);
            }
        }

        public void OnDeconstruction(OperationAnalysisContext context)
        {
            var deconstruction = (IDeconstructionAssignmentOperation)context.Operation;
            CheckTuple(context, deconstruction.Target);
        }

        public void OnArgument(OperationAnalysisContext context)
        {
            var argument = (IArgumentOperation)context.Operation;
            if (argument.Parameter is { RefKind: RefKind.Ref or RefKind.Out }
                && _targets.MemberWrite(argument.Value, argument.Syntax.GetLocation()) is { } write)
            {
                Check(context, write);
            }
        }

        public void OnInvocation(OperationAnalysisContext context)
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
                    ReportIfDeprecated(context, key, argument.Value.Syntax.GetLocation());
                }

                if (key is not null)
                {
                    ViewInfo view = invocation.TargetMethod.IsStatic ? default : _targets.ViewOf(invocation.TargetMethod.ContainingType);
                    Check(context, new FieldWrite(key, invocation.Syntax.GetLocation(), view.System, view.Flow));
                }
            }
        }

        public void OnReference(OperationAnalysisContext context)
        {
            ISymbol? member = context.Operation switch
            {
                IPropertyReferenceOperation p => p.Property,
                IFieldReferenceOperation f => f.Field,
                _ => null,
            };
            if (member is not null && _targets.KeyOf(member) is { } key)
            {
                ReportIfDeprecated(context, key, context.Operation.Syntax.GetLocation());
            }
        }

        private void CheckTuple(OperationAnalysisContext context, IOperation target)
        {
            if (target is ITupleOperation tuple)
            {
                foreach (IOperation element in tuple.Elements)
                {
                    CheckTuple(context, element);
                }
            }
            else if (_targets.MemberWrite(target, target.Syntax.GetLocation()) is { } write)
            {
                Check(context, write);
            }
        }

        private void Check(OperationAnalysisContext context, FieldWrite write)
        {
            FieldDefinition? field = _model.FindField(write.Key);
            if (field is null)
            {
                return; // a [SorModelField] that the model does not know: generated code only names known fields
            }

            CodeContext? codeContext = _scope.Find(context.ContainingSymbol);
            if (DirectionCheck.Check(_model, field, codeContext, write) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
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

        private void ReportIfDeprecated(OperationAnalysisContext context, string key, Location location)
        {
            if (_model.FindField(key) is { Deprecated: { } message })
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    WriteRules.DeprecatedField, location, ImmutableDictionary<string, string?>.Empty.Add(WriteProperties.FieldKey, key), key, message));
            }
        }
    }
}
