using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Generator.Tests;

/// <summary>
/// One generated API per model: the generating project marks its assembly with [SorGeneratedModel];
/// a project referencing such an assembly for the same model generates nothing and uses the referenced
/// API; a referenced API generated from another version of the model is SOR0035 at the model.
/// </summary>
public class SharedModelTests
{
    private const string Consumer = """
        using Contoso.RevOps;
        using SorAnalyzers;

        namespace Service
        {
            internal static class Uses
            {
                public static string Owner() => SorFields.Account.Arr.Owner;

                public static void Writes(SorRecord record) => record.Set(SorFields.Account.Owner, "alice");
            }
        }
        """;

    private static string RevOps => File.ReadAllText(RepoFiles.Model("revops.sor.yaml"));

    [Fact]
    public void The_generating_project_marks_its_assembly_with_the_namespace_and_the_model_hash()
    {
        GenerationOutcome outcome = new GeneratorHarness(RevOps, "/shared/revops.sor.yaml").Run();

        outcome.AssertClean();
        AttributeData marker = outcome.Output.Assembly.GetAttributes().Single(a => a.AttributeClass?.Name == "SorGeneratedModelAttribute");
        Assert.Equal("Contoso.RevOps", marker.ConstructorArguments[0].Value);
        Assert.Equal(Model.ModelContentHash.Of(RevOps), marker.ConstructorArguments[1].Value);
    }

    [Fact]
    public void A_project_referencing_the_same_model_generates_nothing_and_uses_the_referenced_api()
    {
        MetadataReference shared = SharedLibrary(RevOps);

        GenerationOutcome outcome = new GeneratorHarness(RevOps, "/service/revops.sor.yaml", references: GeneratorHarness.References.Append(shared))
            .WithSource(Consumer)
            .Run();

        Assert.Empty(outcome.Sources);
        outcome.AssertClean(); // no CS0436, no SOR0035, and SorFields resolves to the shared library's type
        Assert.Equal("SharedModel", outcome.Output.GetTypeByMetadataName("Contoso.RevOps.SorFields")!.ContainingAssembly.Name);
    }

    [Fact]
    public void Line_endings_do_not_make_the_same_model_differ()
    {
        MetadataReference shared = SharedLibrary(RevOps.Replace("\r\n", "\n"));

        GenerationOutcome outcome = new GeneratorHarness(RevOps.Replace("\r\n", "\n").Replace("\n", "\r\n"), "/service/revops.sor.yaml", references: GeneratorHarness.References.Append(shared))
            .WithSource(Consumer)
            .Run();

        Assert.Empty(outcome.Sources);
        outcome.AssertClean();
    }

    [Fact]
    public void A_referenced_api_from_another_version_of_the_model_is_SOR0035_naming_the_assembly()
    {
        MetadataReference shared = SharedLibrary(RevOps);
        string edited = RevOps.Replace("description: Sales rep who owns the account.", "description: The account executive.");
        Assert.NotEqual(RevOps, edited);

        GenerationOutcome outcome = new GeneratorHarness(edited, "/service/revops.sor.yaml", references: GeneratorHarness.References.Append(shared))
            .WithSource(Consumer)
            .Run();

        Assert.Empty(outcome.Sources); // the referenced API is used: no duplicate types on top of the error
        Diagnostic sor0035 = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("SOR0035", sor0035.Id);
        Assert.Equal(DiagnosticSeverity.Error, sor0035.Severity);
        Assert.Equal("/service/revops.sor.yaml", sor0035.Location.GetLineSpan().Path);
        string message = sor0035.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'SharedModel'", message, System.StringComparison.Ordinal);
        Assert.Contains("'Contoso.RevOps'", message, System.StringComparison.Ordinal);
        Assert.Empty(outcome.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_referenced_api_of_another_namespace_does_not_stop_generation()
    {
        MetadataReference other = SharedLibrary(File.ReadAllText(RepoFiles.Model("people-finance.sor.yaml")));

        GenerationOutcome outcome = new GeneratorHarness(RevOps, "/service/revops.sor.yaml", references: GeneratorHarness.References.Append(other))
            .WithSource(Consumer)
            .Run();

        Assert.Contains(outcome.Sources, s => s.HintName == "SorModel.Fields.g.cs");
        outcome.AssertClean();
    }

    /// <summary>The model's generated API compiled into an assembly "SharedModel", as a shared library project builds it.</summary>
    private static MetadataReference SharedLibrary(string model)
    {
        GenerationOutcome outcome = new GeneratorHarness(model, "/shared/model.sor.yaml").Run();
        outcome.AssertClean();
        Compilation library = outcome.Output.WithAssemblyName("SharedModel");
        using var image = new MemoryStream();
        EmitResult emitted = library.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
