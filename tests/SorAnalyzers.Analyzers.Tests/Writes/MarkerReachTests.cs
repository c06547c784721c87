using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests.Writes;

/// <summary>
/// Members of assemblies that cannot reach the runtime's markers (the framework) are no model fields, known without
/// reading their attributes; an assembly that reaches the markers only through another library still can carry them:
/// a class that implements a library's <c>[SorModelField]</c> interface is checked, though its own assembly does not
/// reference the runtime.
/// </summary>
public class MarkerReachTests
{
    private static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location);

    private const string Contract = """
        using SorAnalyzers;
        namespace Contracts;
        public interface IHasArr
        {
            [SorModelField("Account", "Arr")] decimal Arr { get; set; }
        }
        """;

    private const string Implementation = """
        namespace Implementations;
        public sealed class Subscription : Contracts.IHasArr
        {
            public decimal Arr { get; set; }
        }
        """;

    [Fact]
    public void Framework_members_cannot_carry_markers_and_a_library_that_reaches_them_through_another_can()
    {
        MetadataReference contracts = Emit("Contracts", Contract, Runtime);
        MetadataReference implementations = Emit("Implementations", Implementation, contracts);
        CSharpCompilation app = Compile("App", "class C { }", Runtime, contracts, implementations);
        RuntimeTypes types = RuntimeTypes.Resolve(app)!;

        INamedTypeSymbol subscription = app.GetTypeByMetadataName("Implementations.Subscription")!;
        IPropertySymbol length = (IPropertySymbol)app.GetSpecialType(SpecialType.System_String).GetMembers("Length").Single();

        Assert.False(types.MayCarryMarkers(length));
        Assert.False(types.MayCarryMarkers(app.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2")!));
        Assert.True(types.MayCarryMarkers(subscription.GetMembers("Arr").Single()));
        Assert.True(types.MayCarryMarkers(app.GetTypeByMetadataName("C")!));
        Assert.True(types.MayCarryMarkers(types.ModelField));
    }

    [Fact]
    public async Task A_write_through_a_class_whose_assembly_reaches_the_runtime_only_through_its_interface_is_checked()
    {
        MetadataReference contracts = Emit("Contracts", Contract, Runtime);
        MetadataReference implementations = Emit("Implementations", Implementation, contracts);
        CSharpCompilation app = Compile("App", """
            using SorAnalyzers;
            [SorSystem("crm")]
            public class Desk
            {
                public void Run(Implementations.Subscription s) => s.Arr = 1;
            }
            """, Runtime, contracts, implementations);

        ImmutableArray<Diagnostic> diagnostics = await app
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new WriteAnalyzer()), new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryText(TestModel.Path, TestModel.Yaml))))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Diagnostic write = Assert.Single(diagnostics);
        Assert.Equal("SOR0101", write.Id);
        Assert.Contains("Account.Arr", write.GetMessage(), System.StringComparison.Ordinal);
    }

    private static MetadataReference Emit(string name, string code, params MetadataReference[] references)
    {
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = Compile(name, code, references).Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static CSharpCompilation Compile(string name, string code, params MetadataReference[] references)
        => CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(code, path: "/0/" + name + ".cs") },
            Basic.Reference.Assemblies.Net100.References.All.Concat(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithSpecificDiagnosticOptions(new[] { "CS1701", "CS1702" }.ToDictionary(id => id, _ => ReportDiagnostic.Suppress)));
}
