using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests.Writes;

/// <summary>
/// The members of a class this package generated are found by the model's names (<see cref="GeneratedClass"/>), not
/// by their attributes: both ways must give every member the same field and the same view, also where names collide
/// and are renamed (a field named like a view's own member, entities and flows whose names meet, a model namespace
/// that ends in <c>.Flows</c> beside a flow whose namespace is a system's, entities named like the core classes), for
/// views on use, and for a referenced project's generated classes, which are read by their attributes.
/// </summary>
public class GeneratedClassTests
{
    private const string Colliding = """
        sor: 1
        name: Colliding names
        namespace: Acme.Flows
        systems:
          crm: { title: Salesforce }
          billing: { title: Chargebee }
          bi: { readOnly: true }
        entities:
          Account:
            fields:
              Name: { type: string, owner: crm }
              Record: { type: string, owner: crm }
              Flow: { type: string, owner: billing }
              ApplyFrom: { type: decimal, owner: billing }
              Arr: { type: decimal, owner: billing }
          Record:
            fields:
              Value: { type: string, owner: crm }
              Crm: { type: string, owner: crm }
          SorFields:
            fields:
              SorFields: { type: string, owner: billing }
        flows:
          - id: billing-to-crm
            from: billing
            to: crm
            fields: [Account.Flow, Account.ApplyFrom, Account.Arr, SorFields.SorFields]
          - id: billing-to-bi
            from: billing
            to: bi
            fields: [Account.Arr]
          - id: crm
            from: crm
            to: bi
            fields: [Account.*, Record.*]
        """;

    [Fact]
    public void Every_generated_member_gets_the_field_and_view_its_attributes_give()
    {
        Compilation generated = Generate("Integrations", Colliding, allViews: true);
        (List<string> compared, List<string> named) = Compare(generated, Colliding);

        // Every descriptor (8 fields) and every view property: crm's 8, billing's 4, bi's 7; the flows' 4, 1 and 7.
        Assert.Equal(8 + 8 + 4 + 7 + 4 + 1 + 7, compared.Count);
        Assert.Contains(compared, c => c.StartsWith("Acme.Flows.Flows.Crm.Account.Record_ ") && c.EndsWith(" Account.Record flow crm"));
        Assert.Contains(compared, c => c.StartsWith("Acme.Flows.Crm.Account.Record_ ") && c.EndsWith(" Account.Record system crm"));

        // All by the model's names, in either namespace: each class's own marker says which view it is.
        Assert.Equal(compared.Count, named.Count);
    }

    private const string CoreClassNames = """
        sor: 1
        name: Entities named like the generated core classes
        namespace: Acme.Crm
        systems:
          crm: { title: Salesforce }
        entities:
          SorSystems:
            fields:
              crm: { type: string, owner: crm }
          SorCatalog:
            fields:
              Name: { type: string, owner: crm }
        """;

    [Fact]
    public void A_core_class_in_a_namespace_that_ends_like_a_system_is_no_view()
    {
        Compilation generated = Generate("Integrations", CoreClassNames, allViews: true);
        (List<string> compared, List<string> named) = Compare(generated, CoreClassNames);

        // Acme.Crm.SorSystems (the systems' constants) is where crm's view of SorSystems would be in a model namespaced Acme.
        Assert.DoesNotContain(compared, c => c.StartsWith("Acme.Crm.SorSystems.Crm ") || c.StartsWith("Acme.Crm.SorCatalog."));
        Assert.Contains("Acme.Crm.Crm.SorSystems.Crm", named);
        Assert.Equal(compared.Count, named.Count);
    }

    private const string Library = """
        sor: 1
        name: Library
        namespace: Lib
        systems:
          crm: { title: Salesforce }
        entities:
          Account:
            fields:
              Arr: { type: decimal, owner: crm }
        """;

    private const string App = """
        sor: 1
        name: App
        namespace: App
        systems:
          crm: { title: Salesforce }
        entities:
          Account:
            fields:
              arr: { type: decimal, owner: crm }
        """;

    [Fact]
    public void A_referenced_projects_generated_classes_are_read_by_their_attributes()
    {
        // In the IDE a referenced project is a compilation reference: its generated files are source, of another model.
        Compilation library = Generate("Library", Library, allViews: true);
        Compilation app = Generate("App", App, allViews: true, references: library.ToMetadataReference());
        (List<string> compared, List<string> named) = Compare(app, App);

        Assert.Contains("Lib.Crm.Account.Arr Account.Arr system crm (not in the model)", compared);
        Assert.Contains(compared, c => c.StartsWith("Lib.SorFields.Account.Arr ")); // compared too (named, both ways, by this project's entity)
        Assert.DoesNotContain(named, n => n.StartsWith("Lib."));
        Assert.Contains("App.Crm.Account.Arr", named);
    }

    [Fact]
    public void Views_on_use_are_named_like_every_view()
    {
        const string code = """
            public static class Desk
            {
                public static void Write(SorAnalyzers.SorRecord record) => new Acme.Flows.Flows.BillingToCrm.Account(record).Arr = 1m;
            }
            """;
        Compilation generated = Generate("Integrations", Colliding, allViews: false, code: code);
        (List<string> compared, List<string> named) = Compare(generated, Colliding);

        Assert.Contains("Acme.Flows.Flows.BillingToCrm.Account.Arr", named);
        Assert.Equal(compared.Count, named.Count);
    }

    /// <summary>
    /// Every generated property and field of <paramref name="compilation"/> (its own and its references' generated
    /// files) looked up both ways: as this compilation's write analysis does (the real test for this package's files)
    /// and by attributes only; both must agree. Returns each model member found, and those of classes named by the model.
    /// </summary>
    private static (List<string> Compared, List<string> Named) Compare(Compilation compilation, string yaml)
    {
        OwnershipModel model = ModelReader.Read(yaml).Model!;
        RuntimeTypes types = RuntimeTypes.Resolve(compilation)!;
        var generated = new GeneratedWrites(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
        var asAnalysed = new FieldTargets(types, model, compilation, generated.IsThisPackages);
        var byAttributes = new FieldTargets(types, model, compilation, _ => false);

        var compared = new List<string>();
        var named = new List<string>();
        foreach (ISymbol member in GeneratedMembers(compilation))
        {
            string expected = Describe(byAttributes.MemberOf(member));
            Assert.Equal(expected, Describe(asAnalysed.MemberOf(member)));
            Assert.False(byAttributes.ClassOf(member.ContainingType).IsNamedByModel);
            if (expected.Length > 0)
            {
                compared.Add(member.ToDisplayString() + " " + expected);
                if (asAnalysed.ClassOf(member.ContainingType).IsNamedByModel)
                {
                    named.Add(member.ToDisplayString());
                }
            }
        }

        return (compared, named);
    }

    private static Compilation Generate(string name, string yaml, bool allViews, string code = "class C { }", params MetadataReference[] references)
        => GeneratedProject.Generate(name, yaml, code, allViews ? BuildProperties.AllViews : null, references: references);

    private static IEnumerable<ISymbol> GeneratedMembers(Compilation compilation)
    {
        IEnumerable<Compilation> all = compilation.References.OfType<CompilationReference>().Select(r => r.Compilation).Prepend(compilation);
        foreach (Compilation owner in all)
        {
            foreach (SyntaxTree tree in owner.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs")))
            {
                SemanticModel semantics = owner.GetSemanticModel(tree);
                foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
                {
                    if (semantics.GetDeclaredSymbol(node) is ISymbol { Kind: SymbolKind.Property or SymbolKind.Field } member)
                    {
                        // As this compilation sees it (a referenced compilation's symbol is its own, not this one's).
                        yield return ReferenceEquals(owner, compilation) ? member : Seen(compilation, member);
                    }
                }
            }
        }
    }

    /// <summary>A referenced compilation's member as <paramref name="compilation"/> binds it (its own symbols, its markers).</summary>
    private static ISymbol Seen(Compilation compilation, ISymbol member)
    {
        INamedTypeSymbol? type = compilation.GetTypeByMetadataName(MetadataName(member.ContainingType));
        Assert.NotNull(type);
        return type.GetMembers(member.Name).Single();
    }

    /// <summary>"Lib.SorFields+Account": a type's name as metadata writes it, nested types after a '+'.</summary>
    private static string MetadataName(INamedTypeSymbol type)
        => type.ContainingType is { } outer ? MetadataName(outer) + "+" + type.MetadataName
            : type.ContainingNamespace.IsGlobalNamespace ? type.MetadataName
            : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;

    private static string Describe(ModelMember? member)
        => member is null ? string.Empty
            : $"{member.Key} {(member.DeclaringView.Flow is { } flow ? "flow " + flow : member.DeclaringView.System is { } system ? "system " + system : "no view")}"
                + (member.Field is null ? " (not in the model)" : string.Empty);
}
