using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SorAnalyzers.Analyzers.Bindings;
using SorAnalyzers.Analyzers.Writes;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>
/// Runs the C# analyzers (and a code fix) through the real compiler, with <see cref="TestModel"/> as the
/// additional file, <see cref="RevOpsCode"/> as the "generated" code and the runtime referenced, and
/// compares the diagnostics with the markup spans in the source (<c>{|SOR0101:x.Arr = 1|}</c>).
/// </summary>
internal static class SorVerifier
{
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => VerifyFixAsync<EmptyCodeFixProvider>(source, null, expected);

    public static async Task VerifyAsync(string source, TestBehaviors behaviors, params DiagnosticResult[] expected)
    {
        var test = new SorTest<EmptyCodeFixProvider> { TestCode = source, TestBehaviors = behaviors };
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    public static async Task VerifyFixAsync<TFix>(string source, string? fixedSource, params DiagnosticResult[] expected)
        where TFix : CodeFixProvider, new()
    {
        var test = new SorTest<TFix> { TestCode = source };
        if (fixedSource is not null)
        {
            test.FixedCode = fixedSource;
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);
}

internal sealed class SorTest<TFix> : CSharpCodeFixTest<WriteAnalyzer, TFix, DefaultVerifier>
    where TFix : CodeFixProvider, new()
{
    public SorTest(string model = TestModel.Yaml)
    {
        // Offline reference assemblies: the exact Microsoft.NETCore.App.Ref versions are not served here.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location));
        TestState.AdditionalFiles.Add((TestModel.Path, model));
    }

    // The fixed state lists its own sources: the "generated" code must be in it too, unchanged.
    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        // Added last, so that TestCode and FixedCode keep their default file names.
        TestState.Sources.Add((RevOpsCode.Path, RevOpsCode.Source));
        if (FixedState.Sources.Count > 0)
        {
            FixedState.Sources.Add((RevOpsCode.Path, RevOpsCode.Source));
        }

        return base.RunImplAsync(cancellationToken);
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
        => new DiagnosticAnalyzer[] { new WriteAnalyzer(), new ContextAttributeAnalyzer(), new BindingAnalyzer() };
}
