using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Analyzers.Model;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Generator;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>
/// Code another source generator emits is analysed: the real Riok.Mapperly 4.3.1 generator and ours run on one
/// compilation (as the compiler runs them), then the analyzers. A mapper that writes a model field the wrong way
/// is reported at the user's partial mapping method (SOR0130/SOR0131), naming the generated method, Mapperly and
/// the member written, with the generated write as the additional location; our own generated code stays silent.
/// </summary>
public class MapperlyTests
{
    private static readonly string Root = Metadata("RepoRoot");

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private const string UserPath = "/src/Mappers.cs";

    private const string Mappers = """
        using Riok.Mapperly.Abstractions;
        using SorAnalyzers;

        namespace Contoso.RevOps.Integrations
        {
            public sealed class CrmAccountDto
            {
                public string? Name { get; set; }
                public decimal Arr { get; set; }
                public ContactDto? Contact { get; set; }
            }

            public sealed class ContactDto
            {
                public string? Email { get; set; }
            }

            /// <summary>The team's own DTO, mapped to model fields.</summary>
            public sealed class AccountRow
            {
                [SorModelField("Account", "Name")] public string? Name { get; set; }
                [SorModelField("Account", "Arr")] public decimal Arr { get; set; }
                public ContactRow? Contact { get; set; }
            }

            public sealed class ContactRow
            {
                [SorModelField("Contact", "Email")] public string? Email { get; set; }
            }

            [Mapper]
            [SorSystem(SorSystems.Crm)]
            public static partial class CrmMapper
            {
                [MapperIgnoreTarget(nameof(AccountRow.Contact))]
                public static partial AccountRow ToRow(CrmAccountDto account); // SOR0130 Arr
            }

            [Mapper]
            [SorSystem(SorSystems.Billing)]
            public static partial class BillingMapper
            {
                [MapperIgnoreTarget(nameof(AccountRow.Name))]
                [MapperIgnoreTarget(nameof(AccountRow.Contact))]
                public static partial AccountRow ToRow(CrmAccountDto account); // along the model
            }

            [Mapper]
            [SorFlow(SorFlows.CrmToCs)]
            public static partial class CsMapper
            {
                [MapperIgnoreSource(nameof(CrmAccountDto.Name))]
                [MapperIgnoreSource(nameof(CrmAccountDto.Contact))]
                public static partial void Update(CrmAccountDto source, [MappingTarget] Flows.BillingToCrm.Account target); // SOR0130 view
            }

            [Mapper]
            [SorSystem(SorSystems.Marketing)]
            public static partial class MarketingMapper
            {
                [MapperIgnoreTarget(nameof(AccountRow.Name))]
                [MapperIgnoreTarget(nameof(AccountRow.Arr))]
                public static partial AccountRow ToRow(CrmAccountDto account); // SOR0130 Email
            }

            [Mapper]
            public static partial class LegacyMapper
            {
                [MapperIgnoreTarget(nameof(AccountRow.Arr))]
                [MapperIgnoreTarget(nameof(AccountRow.Contact))]
                public static partial AccountRow Copy(CrmAccountDto account); // SOR0131 Name
            }
        }
        """;

    [Fact]
    public async Task A_mapper_that_writes_against_the_model_is_reported_at_its_declaration()
    {
        (Compilation compilation, ImmutableArray<Diagnostic> diagnostics) = await RunAsync();
        SyntaxTree user = compilation.SyntaxTrees.Single(t => t.FilePath == UserPath);

        string[] lines = diagnostics.Select(d => $"{d.Id} {Line(d.Location)}").OrderBy(s => s, StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[] { "SOR0130 " + LineOf(user, "// SOR0130 Arr"), "SOR0130 " + LineOf(user, "// SOR0130 Email"), "SOR0130 " + LineOf(user, "// SOR0130 view"), "SOR0131 " + LineOf(user, "// SOR0131 Name") }
                .OrderBy(s => s, StringComparer.Ordinal),
            lines);

        Diagnostic arr = diagnostics.Single(d => Line(d.Location) == LineOf(user, "// SOR0130 Arr"));
        Assert.Equal(DiagnosticSeverity.Error, arr.Severity);
        Assert.Equal("ToRow", user.GetText().ToString(arr.Location.SourceSpan));
        Assert.Equal(
            "'ToRow', generated by Riok.Mapperly, writes AccountRow.Arr against the model: change the declaration it is generated from. "
            + "SOR0101: Account.Arr is owned by billing (Chargebee), business owner Finance; crm holds a read-only copy delivered by flow billing-to-crm. Change it in billing.",
            arr.GetMessage());
        Assert.Equal("SOR0101", arr.Properties[WriteProperties.Rule]);
        Assert.Equal("Riok.Mapperly", arr.Properties[WriteProperties.Generator]);
        Assert.Equal("Account.Arr", arr.Properties[WriteProperties.FieldKey]);
        Location write = Assert.Single(arr.AdditionalLocations);
        Assert.EndsWith("CrmMapper.g.cs", write.SourceTree!.FilePath, StringComparison.Ordinal);
        Assert.Contains("Arr", write.SourceTree.GetText().ToString(write.SourceSpan), StringComparison.Ordinal);

        Diagnostic view = diagnostics.Single(d => Line(d.Location) == LineOf(user, "// SOR0130 view"));
        Assert.Equal("Update", user.GetText().ToString(view.Location.SourceSpan));
        Assert.Contains("SOR0104: Account.Arr is written into crm", view.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("writes Account.Arr against the model", view.GetMessage(), StringComparison.Ordinal);

        // A nested mapping is a private method Mapperly adds: the user's mapping method that calls it is the place.
        Diagnostic email = diagnostics.Single(d => Line(d.Location) == LineOf(user, "// SOR0130 Email"));
        Assert.Equal("ToRow", user.GetText().ToString(email.Location.SourceSpan));
        Assert.StartsWith("'ToRow' (through 'MapToContactRow'), generated by Riok.Mapperly, writes ContactRow.Email against the model: change the declaration it is generated from. SOR0101: Contact.Email is owned by crm", email.GetMessage(), StringComparison.Ordinal);

        Diagnostic name = diagnostics.Single(d => d.Id == "SOR0131");
        Assert.Equal(DiagnosticSeverity.Warning, name.Severity);
        Assert.Equal("SOR0103", name.Properties[WriteProperties.Rule]);
        Assert.StartsWith("'Copy', generated by Riok.Mapperly, writes AccountRow.Name, which cannot be checked. SOR0103: Account.Name is written with no", name.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapperly_and_our_generator_both_ran_and_only_the_user_file_is_blamed()
    {
        (Compilation compilation, ImmutableArray<Diagnostic> diagnostics) = await RunAsync();

        Assert.Contains(compilation.SyntaxTrees, t => t.FilePath.Contains("Riok.Mapperly", StringComparison.Ordinal) && t.FilePath.EndsWith("BillingMapper.g.cs", StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(UserPath, d.Location.SourceTree!.FilePath));
        Assert.DoesNotContain(diagnostics, d => Line(d.Location) == LineOf(compilation.SyntaxTrees.Single(t => t.FilePath == UserPath), "// along the model"));
    }

    private static async Task<(Compilation, ImmutableArray<Diagnostic>)> RunAsync()
    {
        var model = new FileText(Path.Combine(Root, "models", "revops.sor.yaml"));
        Compilation compilation = Compile("Integrations", CSharpSyntaxTree.ParseText(Mappers, Parse, UserPath), ModelLibrary(model),
            Mapperly.Abstractions);

        // Both generators, as the compiler runs them: ours generates nothing here (the library holds the API).
        CSharpGeneratorDriver.Create(new[] { new SorModelGenerator().AsSourceGenerator(), Mapperly.Generator().AsSourceGenerator() }, new AdditionalText[] { model }, Parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out ImmutableArray<Diagnostic> generatorDiagnostics);
        Assert.Empty(generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new WriteAnalyzer(), new ContextAttributeAnalyzer(), new ModelDiagnosticsAnalyzer());
        ImmutableArray<Diagnostic> diagnostics = await generated
            .WithAnalyzers(analyzers, new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(model)))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (generated, diagnostics);
    }

    /// <summary>
    /// The model's generated API in a library of its own, as docs/sharing-a-model.md lays it out: generators do not
    /// see each other's output, so a Mapperly mapper can map into a generated view only when the views come from a
    /// referenced assembly.
    /// </summary>
    private static MetadataReference ModelLibrary(AdditionalText model)
    {
        Compilation library = Compile("RevOps.Model", CSharpSyntaxTree.ParseText("namespace Contoso.RevOps;", Parse, "/model/Empty.cs"));
        // SorViews=all: the library publishes every view (by default it would emit only those its own code names).
        CSharpGeneratorDriver.Create(new[] { new SorModelGenerator().AsSourceGenerator() }, new[] { model }, Parse, SorAnalyzers.Testing.BuildProperties.AllViews)
            .RunGeneratorsAndUpdateCompilation(library, out Compilation generated, out _);
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = generated.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static Compilation Compile(string name, SyntaxTree tree, params MetadataReference[] references)
        => CSharpCompilation.Create(
            name,
            new[] { tree },
            Basic.Reference.Assemblies.Net100.References.All
                .Append(MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location))
                .Concat(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // the runtime's net8.0 build against net10 reference assemblies: unification notes, not problems
                .WithSpecificDiagnosticOptions(new[] { "CS1701", "CS1702" }.ToDictionary(id => id, _ => ReportDiagnostic.Suppress)));

    private static int Line(Location location) => location.GetLineSpan().StartLinePosition.Line + 1;

    private static int LineOf(SyntaxTree tree, string marker)
        => tree.GetText().Lines.Single(l => l.ToString().Contains(marker, StringComparison.Ordinal)).LineNumber + 1;

    private static string Metadata(string key)
        => typeof(MapperlyTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private sealed class FileText(string path) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(File.ReadAllText(path));

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
