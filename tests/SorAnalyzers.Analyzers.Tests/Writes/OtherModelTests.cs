using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests.Writes;

/// <summary>
/// Writes through the generated API of a referenced project. When that project generated it from another model (its
/// <c>[SorGeneratedModel]</c> hash is not this project's), its keys are not this model's to judge: a write is SOR0111
/// at the write, even where this model has a field of the same key. From the same model (generated into another
/// namespace), the writes are judged by this project's model as usual.
/// </summary>
public sealed class OtherModelTests
{
    private const string LibraryModel = """
        sor: 1
        name: Library
        namespace: Lib
        systems:
          crm: { title: Salesforce }
          billing: { title: Chargebee }
        entities:
          Account:
            fields:
              Arr: { type: decimal, owner: billing }
              Name: { type: string, owner: crm }
        flows:
          - { id: billing-to-crm, from: billing, to: crm, fields: [Account.Arr], frequency: hourly, conflict: ownerWins, errorOwner: billing }
        """;

    // The same keys, other owners: judged by this model, the writes below through Lib's API would pass.
    private const string AppModel = """
        sor: 1
        name: App
        namespace: App
        systems:
          crm: { title: Salesforce }
          billing: { title: Chargebee }
        entities:
          Account:
            fields:
              Arr: { type: decimal, owner: crm }
              Name: { type: string, owner: crm }
        flows:
          - { id: crm-to-billing, from: crm, to: billing, fields: [Account.Arr], frequency: hourly, conflict: ownerWins, errorOwner: crm }
        """;

    private const string Code = """
        using SorAnalyzers;

        [SorSystem("crm")]
        public class Desk
        {
            public void Run(SorRecord record)
            {
                record.Set(Lib.SorFields.Account.Arr, 1m);
                new Lib.Billing.Account(record).Arr = 2m;
                record.Set(App.SorFields.Account.Arr, 3m);
                new App.Crm.Account(record).Arr = 4m;
            }
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_write_through_another_models_API_cannot_be_checked_here(bool inTheIde)
    {
        Compilation library = Generate("Library", LibraryModel, "Lib", "public class Marker { }");
        Compilation app = Generate("App", AppModel, "App", Code, Reference(library, inTheIde));

        ImmutableArray<Diagnostic> diagnostics = await AnalyseAsync(app, AppModel);

        Assert.Equal(
            new[]
            {
                "(8,9): SOR0111 Cannot tell which model field this write changes: 'Lib.SorFields.Account.Arr' here belongs to a referenced project that generated its API into namespace Lib from a different model text than this project's, so this project's owners cannot judge it; write through the API generated from this project's model, or have both projects read the same model file",
                "(9,9): SOR0111 Cannot tell which model field this write changes: 'Account.Arr' here belongs to a referenced project that generated its API into namespace Lib from a different model text than this project's, so this project's owners cannot judge it; write through the API generated from this project's model, or have both projects read the same model file",
            },
            diagnostics.Select(Describe).OrderBy(d => d, System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Hand_written_members_of_another_models_library_are_that_models(bool inTheIde)
    {
        const string libraryCode = """
            using SorAnalyzers;

            namespace Lib.Hand;

            public class AccountRow
            {
                [SorModelField("Account", "Arr")] public decimal Arr { get; set; }
                [SorModelField("Account", "annual_revenue")] public decimal Revenue { get; set; }
            }

            [SorView("Account", System = "billing")]
            public class AccountView
            {
                [SorModelField("Account", "Arr")] public virtual decimal Arr { get; set; }
            }
            """;
        const string code = """
            using SorAnalyzers;

            public class MyView : Lib.Hand.AccountView
            {
                public override decimal Arr { get; set; }
            }

            [SorSystem("crm")]
            public class Desk
            {
                public void Run(Lib.Hand.AccountRow row, MyView view)
                {
                    row.Arr = 1m;
                    row.Revenue = 2m;
                    view.Arr = 3m;
                }
            }
            """;
        Compilation library = Generate("Library", LibraryModel, "Lib", libraryCode);
        Compilation app = Generate("App", AppModel, "App", code, Reference(library, inTheIde));

        ImmutableArray<Diagnostic> diagnostics = await AnalyseAsync(app, AppModel);

        // Judged by this model, crm would own row.Arr (a silent pass) and 'Account.annual_revenue' would be a typo here.
        Assert.Equal(
            new[] { "(13,9): SOR0111 'Account.Arr'", "(14,9): SOR0111 'Account.annual_revenue'", "(15,9): SOR0111 'Account.Arr'" },
            diagnostics.Select(d => Describe(d).Split(' ')[0] + " " + d.Id + " " + Key(d)).OrderBy(d => d, System.StringComparer.Ordinal));
    }

    [Fact]
    public async Task Another_models_key_is_reported_once_whatever_the_landings()
    {
        const string code = """
            using SorAnalyzers;

            [SorFlow("crm-to-billing")]
            public class Sync
            {
                public void Run(App.Crm.Account source, App.Billing.Account target, bool flag)
                {
                    SorRecord record = flag ? source.Record : target.Record;
                    record.Set(Lib.SorFields.Account.Arr, 1m);
                }
            }
            """;
        Compilation library = Generate("Library", LibraryModel, "Lib", "public class Marker { }");
        Compilation app = Generate("App", AppModel, "App", code, Reference(library, inTheIde: false));

        ImmutableArray<Diagnostic> diagnostics = await AnalyseAsync(app, AppModel);

        Assert.Equal(new[] { "(9,9): SOR0111 'Lib.SorFields.Account.Arr'" }, diagnostics.Select(d => Describe(d).Split(' ')[0] + " " + d.Id + " " + Key(d)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_same_model_generated_into_another_namespace_is_judged_by_this_model(bool inTheIde)
    {
        // No namespace in the model: each project generates into its root namespace, from one model text.
        string shared = LibraryModel.Replace("namespace: Lib\n", string.Empty, System.StringComparison.Ordinal);
        const string code = """
            using SorAnalyzers;

            [SorSystem("crm")]
            public class Desk
            {
                public void Run(SorRecord record)
                {
                    record.Set(Lib.SorFields.Account.Arr, 1m);
                    record.Set(App.SorFields.Account.Arr, 2m);
                    record.Set(Lib.SorFields.Account.Name, "Contoso");
                }
            }
            """;
        Compilation library = Generate("Library", shared, "Lib", "public class Marker { }");
        Compilation app = Generate("App", shared, "App", code, Reference(library, inTheIde));

        ImmutableArray<Diagnostic> diagnostics = await AnalyseAsync(app, shared);

        // Both APIs, one judgment: billing owns Account.Arr, crm only holds a copy; crm owns Account.Name.
        Assert.Equal(new[] { "(8,9): SOR0101", "(9,9): SOR0101" }, diagnostics.Select(d => Describe(d).Split(' ')[0] + " " + d.Id).OrderBy(d => d, System.StringComparer.Ordinal));
    }

    [Fact]
    public async Task Another_version_of_this_model_is_judged_by_this_model()
    {
        // The same namespace, another hash: SOR0035 at the model says the referenced API is stale; its writes are
        // still this model's to judge, not another model's.
        string newer = LibraryModel + "# edited since the library was built\n";
        const string code = """
            using SorAnalyzers;

            [SorSystem("crm")]
            public class Desk
            {
                public void Run(SorRecord record)
                {
                    record.Set(Lib.SorFields.Account.Arr, 1m);
                    record.Set(Lib.SorFields.Account.Name, "Contoso");
                }
            }
            """;
        Compilation library = Generate("Library", LibraryModel, "Lib", "public class Marker { }");
        Compilation app = Generate("App", newer, "App", code, new[] { "SOR0035" }, Reference(library, inTheIde: false));

        ImmutableArray<Diagnostic> diagnostics = await AnalyseAsync(app, newer);

        Assert.Equal(new[] { "(8,9): SOR0101" }, diagnostics.Select(d => Describe(d).Split(' ')[0] + " " + d.Id));
    }

    private static MetadataReference Reference(Compilation library, bool inTheIde)
    {
        if (inTheIde)
        {
            return library.ToMetadataReference();
        }

        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>The key a SOR0111 message quotes first.</summary>
    private static string Key(Diagnostic diagnostic)
    {
        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        int start = message.IndexOf('\'');
        return message.Substring(start, message.IndexOf('\'', start + 1) - start + 1);
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"({start.Line + 1},{start.Character + 1}): {diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static Compilation Generate(string name, string yaml, string rootNamespace, string code, params MetadataReference[] references)
        => GeneratedProject.Generate(name, yaml, code, Properties(rootNamespace), references: references);

    /// <param name="expected">The generator's diagnostics the case expects (each by ID); any other fails it.</param>
    private static Compilation Generate(string name, string yaml, string rootNamespace, string code, string[] expected, params MetadataReference[] references)
        => GeneratedProject.Generate(name, yaml, code, Properties(rootNamespace), expected, references);

    private static async Task<ImmutableArray<Diagnostic>> AnalyseAsync(Compilation compilation, string yaml)
    {
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryText("App.sor.yaml", yaml)), Properties("App"));
        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new WriteAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    private static BuildProperties Properties(string rootNamespace) => new(new Dictionary<string, string>
    {
        ["build_property.SorViews"] = "all",
        ["build_property.RootNamespace"] = rootNamespace,
    });
}
