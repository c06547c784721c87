using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Reading;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>
/// Property: random integration code (random contexts on the class, the method, a lambda or a local
/// function; random descriptor routes; record, helper and constant-key writes into a random side of a flow)
/// gets exactly the diagnostics an oracle computes from the model core (who owns a field, which fields a flow
/// carries): every write against the model is reported, every unprovable one is reported as such, and a
/// legal write gets nothing. <c>SOR_WRITE_ITERATIONS</c> raises the number of samples (opt-in long runs).
/// </summary>
public class RandomWriteTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("SOR_WRITE_ITERATIONS"), out long n) ? n : 40;

    private static readonly OwnershipModel Model = ModelReader.Read(TestModel.Yaml).Model!;

    private static readonly FieldDefinition[] Fields = Model.AllFields.Where(f => !f.IsDeprecated).ToArray();

    private static readonly string[] Contexts = new[] { "" }
        .Concat(Model.Systems.Select(s => "system:" + s.Id))
        .Concat(Model.Flows.Select(f => "flow:" + f.Id))
        .ToArray();

    private static readonly string[] Receivers = new[] { "target", "source", "record" }.Concat(Model.Systems.Select(s => s.Id + "Record")).ToArray();

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new WriteAnalyzer(), new ContextAttributeAnalyzer());

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static readonly CSharpCompilation Base = CSharpCompilation.Create(
        "RandomWrites",
        new[] { CSharpSyntaxTree.ParseText(RevOpsCode.Source, Parse, RevOpsCode.Path) },
        Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private enum Route
    {
        Direct, Local, LocalChain, StaticReadonly, InstanceReadonly, StaticConstructor, ExpressionProperty, GetterOnlyProperty,
        Method, Cast, NullForgiving, Pattern, Conditional, Switch, ConstantKey, Parameter, MutableField, ComputedKey,
    }

    private enum Form { RecordSet, Helper }

    private enum Placement { Method, LocalFunction, Lambda }

    /// <summary>One write: its contexts, the route its descriptor takes, its form and the record it goes into.</summary>
    private sealed record WriteCase(string MethodContext, string InnerContext, Placement Placement, Route Route, int Field, int Other, Form Form, int Receiver);

    private static readonly Gen<WriteCase> CaseGen =
        Gen.Select(Gen.Int[0, Contexts.Length - 1], Gen.Int[0, Contexts.Length - 1], Gen.Enum<Placement>(), Gen.Enum<Route>())
            .SelectMany(a => Gen.Select(Gen.Int[0, Fields.Length - 1], Gen.Int[0, Fields.Length - 1], Gen.Enum<Form>(), Gen.Int[0, Receivers.Length - 1])
                .Select(b => new WriteCase(Contexts[a.Item1], Contexts[a.Item2], a.Item3, a.Item4, b.Item1, b.Item2, b.Item3, b.Item4)));

    [Fact]
    public void Random_integration_code_gets_exactly_the_diagnostics_the_model_implies()
    {
        Gen.Select(Gen.Int[0, Contexts.Length - 1], CaseGen.Array[1, 6]).Sample(sample =>
        {
            string classContext = Contexts[sample.Item1];
            var (source, expected) = Build(classContext, sample.Item2);
            string[] actual = Analyze(source);
            Assert.True(
                expected.SequenceEqual(actual),
                $"expected [{string.Join(", ", expected)}]\nactual   [{string.Join(", ", actual)}]\n---\n{source}");
        }, iter: Iterations, threads: 1);
    }

    private static (string Source, string[] Expected) Build(string classContext, WriteCase[] cases)
    {
        var members = new StringBuilder();
        var staticInitializers = new List<string>();
        var lines = new List<string>
        {
            "using System;",
            "using SorAnalyzers;",
            "using Contoso.RevOps;",
            "",
            Attribute(classContext),
            "class Sync",
            "{",
        };
        var expected = new List<string>();
        for (int i = 0; i < cases.Length; i++)
        {
            WriteCase write = cases[i];
            FieldDefinition field = Fields[write.Field];
            FieldDefinition other = Fields.Where(f => TypeOf(f) == TypeOf(field)).ElementAt(write.Other % Fields.Count(f => TypeOf(f) == TypeOf(field)));
            string receiver = Receivers[write.Receiver];
            (string descriptor, string[] setup) = Descriptor(write.Route, field, other, i, members, staticInitializers);
            string value = TypeOf(field) == "decimal" ? "1m" : "\"v\"";
            string call = write.Route is Route.ConstantKey or Route.ComputedKey
                ? (write.Form == Form.Helper ? $"Integration.PushKey({descriptor}, {value})" : $"{receiver}.Set({descriptor}, (object){value})")
                : (write.Form == Form.Helper ? $"Integration.Push({descriptor}, {value})" : $"{receiver}.Set({descriptor}, {value})");

            string parameter = write.Route == Route.Parameter ? $", SorField<{TypeOf(field)}> p{i}" : string.Empty;
            lines.Add($"    {Attribute(write.MethodContext)}");
            lines.Add($"    void M{i}({string.Join(", ", Receivers.Select(r => "SorRecord " + r))}{parameter})");
            lines.Add("    {");
            foreach (string line in setup)
            {
                lines.Add("        " + line);
            }

            int writeLine;
            switch (write.Placement)
            {
                case Placement.Method:
                    writeLine = lines.Count;
                    lines.Add($"        {call};");
                    break;
                case Placement.LocalFunction:
                    lines.Add($"        {Attribute(write.InnerContext)}");
                    lines.Add($"        void Inner() {{");
                    writeLine = lines.Count;
                    lines.Add($"            {call};");
                    lines.Add("        }");
                    lines.Add("        Inner();");
                    break;
                case Placement.Lambda:
                    lines.Add($"        Action inner = {Attribute(write.InnerContext)} () => {{");
                    writeLine = lines.Count;
                    lines.Add($"            {call};");
                    lines.Add("        };");
                    lines.Add("        inner();");
                    break;
                default:
                    throw new InvalidOperationException();
            }

            lines.Add("    }");

            string context = write.Placement != Placement.Method && write.InnerContext.Length > 0 ? write.InnerContext
                : write.MethodContext.Length > 0 ? write.MethodContext
                : classContext;
            foreach (string id in Oracle(context, write, field, other, receiver))
            {
                expected.Add($"{writeLine}:{id}");
            }
        }

        lines.Add(members.ToString());
        lines.Add($"    static Sync() {{ {string.Join(" ", staticInitializers)} }}");
        lines.Add("}");
        return (string.Join("\n", lines), expected.OrderBy(x => x, StringComparer.Ordinal).ToArray());
    }

    /// <summary>What the model says about the write: computed from the model core only, never from the analyzer.</summary>
    private static IEnumerable<string> Oracle(string context, WriteCase write, FieldDefinition field, FieldDefinition other, string receiver)
    {
        if (write.Route is Route.Parameter or Route.MutableField or Route.ComputedKey)
        {
            yield return WriteRules.UnprovableField.Id;
            yield break;
        }

        var written = write.Route is Route.Conditional or Route.Switch ? new[] { field, other }.Distinct().ToArray() : new[] { field };
        if (context.Length == 0)
        {
            foreach (FieldDefinition f in written)
            {
                yield return WriteRules.NoContext.Id;
            }

            yield break;
        }

        if (context.StartsWith("system:", StringComparison.Ordinal))
        {
            string system = context.Substring(7);
            foreach (FieldDefinition f in written)
            {
                if (!Model.Owns(system, f.Key))
                {
                    yield return WriteRules.NotOwner.Id;
                }
            }

            yield break;
        }

        FlowDefinition flow = Model.FindFlow(context.Substring(5))!;
        string? landing = write.Form == Form.Helper ? flow.To
            : receiver == "target" ? flow.To
            : receiver == "source" ? flow.From
            : receiver == "record" ? null
            : receiver.Substring(0, receiver.Length - "Record".Length);
        if (landing is null)
        {
            yield return WriteRules.UnprovableLanding.Id;
            yield break;
        }

        foreach (FieldDefinition f in written)
        {
            if (landing != flow.To)
            {
                yield return WriteRules.WrongSystem.Id;
            }
            else if (!flow.Carries(f.Key))
            {
                yield return WriteRules.NotCarried.Id;
            }
        }
    }

    /// <summary>The descriptor expression for a route, the statements it needs first, and the members it adds.</summary>
    private static (string Descriptor, string[] Setup) Descriptor(Route route, FieldDefinition field, FieldDefinition other, int i, StringBuilder members, List<string> staticInitializers)
    {
        string type = $"SorField<{TypeOf(field)}>";
        string direct = $"SorFields.{field.Entity}.{field.Name}";
        string second = $"SorFields.{other.Entity}.{other.Name}";
        switch (route)
        {
            case Route.Direct:
                return (direct, Array.Empty<string>());
            case Route.Local:
                return ($"d{i}", new[] { $"var d{i} = {direct};" });
            case Route.LocalChain:
                return ($"c{i}", new[] { $"var a{i} = {direct};", $"var b{i} = a{i};", $"{type} c{i} = b{i};" });
            case Route.StaticReadonly:
                members.AppendLine($"    private static readonly {type} S{i} = {direct};");
                return ($"S{i}", Array.Empty<string>());
            case Route.InstanceReadonly:
                members.AppendLine($"    private readonly {type} _i{i} = {direct};");
                return ($"_i{i}", Array.Empty<string>());
            case Route.StaticConstructor:
                members.AppendLine($"    private static readonly {type} C{i};");
                staticInitializers.Add($"C{i} = {direct};");
                return ($"C{i}", Array.Empty<string>());
            case Route.ExpressionProperty:
                members.AppendLine($"    private static {type} P{i} => {direct};");
                return ($"P{i}", Array.Empty<string>());
            case Route.GetterOnlyProperty:
                members.AppendLine($"    private {type} G{i} {{ get; }} = {direct};");
                return ($"G{i}", Array.Empty<string>());
            case Route.Method:
                members.AppendLine($"    private static {type} R{i}() {{ return {direct}; }}");
                return ($"R{i}()", Array.Empty<string>());
            case Route.Cast:
                return ($"({type}){direct}", Array.Empty<string>());
            case Route.NullForgiving:
                return ($"{direct}!", Array.Empty<string>());
            case Route.Pattern:
                return ($"(({direct}) is var v{i} ? v{i} : {direct})", Array.Empty<string>());
            case Route.Conditional:
                return ($"(DateTime.Now.Ticks > {i} ? {direct} : {second})", Array.Empty<string>());
            case Route.Switch:
                return ($"(DateTime.Now.Second switch {{ 0 => {direct}, _ => {second} }})", Array.Empty<string>());
            case Route.ConstantKey:
                return ($"\"{field.Key}\"", Array.Empty<string>());
            case Route.Parameter:
                return ($"p{i}", Array.Empty<string>());
            case Route.MutableField:
                members.AppendLine($"    private {type} _m{i} = {direct};");
                return ($"_m{i}", Array.Empty<string>());
            default:
                return ($"\"{field.Entity}.\" + DateTime.Now.Second", Array.Empty<string>());
        }
    }

    private static string TypeOf(FieldDefinition field) => field.Type == FieldType.Decimal ? "decimal" : "string";

    private static string Attribute(string context) => context.Length == 0 ? string.Empty
        : context.StartsWith("system:", StringComparison.Ordinal) ? $"[SorSystem(\"{context.Substring(7)}\")]"
        : $"[SorFlow(\"{context.Substring(5)}\")]";

    private static string[] Analyze(string source)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, Parse, "Sample.cs");
        Compilation compilation = Base.AddSyntaxTrees(tree);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the generated code does not compile: " + string.Join("\n", errors) + "\n---\n" + source);
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryText(TestModel.Path, TestModel.Yaml))),
            onAnalyzerException: (exception, analyzer, diagnostic) => throw new InvalidOperationException($"{analyzer} threw", exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return diagnostics
            .Where(d => d.Location.SourceTree == tree)
            .Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line}:{d.Id}")
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToArray();
    }
}
