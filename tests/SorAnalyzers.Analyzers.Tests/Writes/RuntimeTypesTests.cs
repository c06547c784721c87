using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SorAnalyzers.Analyzers.Bindings;
using SorAnalyzers.Analyzers.Writes;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests.Writes;

/// <summary>
/// The runtime's types are found in the referenced runtime assembly, without a search of the whole compilation; a
/// compilation that declares them itself (no runtime referenced by that name) still finds them; one with neither
/// has none, and the analyzers register nothing.
/// </summary>
public class RuntimeTypesTests
{
    private static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location);

    [Fact]
    public void Finds_the_types_in_the_referenced_runtime()
    {
        CSharpCompilation compilation = Compile("class C { }", Runtime);

        RuntimeTypes? types = RuntimeTypes.Resolve(compilation);
        BindingTypes? bindings = BindingTypes.Resolve(compilation);

        Assert.NotNull(types);
        Assert.NotNull(bindings);
        Assert.Equal("SorAnalyzers.Runtime", types!.System.ContainingAssembly.Identity.Name);
        Assert.Equal("SorAnalyzers.Runtime", types.Record.ContainingAssembly.Identity.Name);
        Assert.Equal("SorAnalyzers.Runtime", bindings!.Binding.ContainingAssembly.Identity.Name);
        Assert.Same(types.System.ContainingAssembly, RuntimeTypes.RuntimeAssembly(compilation));
    }

    [Fact]
    public void Finds_types_the_compilation_declares_when_no_runtime_is_referenced()
    {
        string declared = string.Join("\n", new[]
        {
            "SorSystemAttribute", "SorFlowAttribute", "SorModelFieldAttribute", "SorViewAttribute", "SorWritesAttribute",
        }.Select(name => $"namespace SorAnalyzers {{ public sealed class {name} : System.Attribute {{ }} }}"))
            + "\nnamespace SorAnalyzers { public sealed class SorRecord { } }";
        CSharpCompilation compilation = Compile(declared);

        RuntimeTypes? types = RuntimeTypes.Resolve(compilation);

        Assert.Null(RuntimeTypes.RuntimeAssembly(compilation));
        Assert.NotNull(types);
        Assert.Same(compilation.Assembly, types!.System.ContainingAssembly);
        Assert.Null(types.ModelEntity); // optional: a runtime older than [SorModelEntity]
    }

    [Fact]
    public void Has_none_without_the_runtime()
    {
        CSharpCompilation compilation = Compile("class C { }");

        Assert.Null(RuntimeTypes.Resolve(compilation));
        Assert.Null(BindingTypes.Resolve(compilation));
    }

    private static CSharpCompilation Compile(string code, params MetadataReference[] references)
        => CSharpCompilation.Create(
            "App",
            new[] { CSharpSyntaxTree.ParseText(code) },
            Basic.Reference.Assemblies.Net100.References.All.Concat(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
