using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Generator;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Analyzers.Tests.Writes;

/// <summary>
/// The members of a class this package generated are found by the model's names (<see cref="GeneratedClass"/>), not
/// by their attributes: both ways must give every member the same field and the same view, also where names collide
/// and are renamed (a field named like a view's own member, entities and flows whose names meet, a model namespace
/// that ends in <c>.Flows</c> beside a flow whose namespace is a system's).
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
        var model = new InMemoryText("colliding.sor.yaml", Colliding);
        CSharpCompilation empty = CSharpCompilation.Create(
            "Integrations",
            new[] { CSharpSyntaxTree.ParseText("class C { }") },
            Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(SorRecord).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new SorModelGenerator().AsSourceGenerator() }, new AdditionalText[] { model }, optionsProvider: BuildProperties.AllViews)
            .RunGeneratorsAndUpdateCompilation(empty, out Compilation generated, out _);
        Assert.Empty(driver.GetRunResult().Diagnostics.Select(d => d.ToString()));
        Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

        OwnershipModel ownership = ModelReader.Read(Colliding).Model!;
        RuntimeTypes types = RuntimeTypes.Resolve(generated)!;
        var byNames = new FieldTargets(types, ownership, generated, _ => true);
        var byAttributes = new FieldTargets(types, ownership, generated, _ => false);

        var compared = new List<string>();
        var named = new List<string>();
        foreach (ISymbol member in GeneratedMembers(generated))
        {
            string expected = Describe(byAttributes.MemberOf(member));
            Assert.Equal(expected, Describe(byNames.MemberOf(member)));
            Assert.False(byAttributes.ClassOf(member.ContainingType).IsNamedByModel);
            if (expected.Length > 0)
            {
                compared.Add(member.ToDisplayString() + " " + expected);
                if (byNames.ClassOf(member.ContainingType).IsNamedByModel)
                {
                    named.Add(member.ToDisplayString());
                }
            }
        }

        // Every descriptor (8 fields) and every view property: crm's 8, billing's 4, bi's 7; the flows' 4, 1 and 7.
        Assert.Equal(8 + 8 + 4 + 7 + 4 + 1 + 7, compared.Count);
        Assert.Contains(compared, c => c.StartsWith("Acme.Flows.Flows.Crm.Account.Record_ ") && c.EndsWith(" Account.Record flow crm"));
        Assert.Contains(compared, c => c.StartsWith("Acme.Flows.Crm.Account.Record_ ") && c.EndsWith(" Account.Record system crm"));

        // All by their names but the views of Account and Record in Acme.Flows.Crm and Acme.Flows.Flows.Crm: each could
        // be the system crm's or the flow crm's (in a model whose namespace were Acme, or Acme.Flows.Flows), so their
        // members are read by their attributes. Neither has a view of SorFields in both places, so crm's is named.
        Assert.Equal(compared.Count - 14, named.Count);
        Assert.DoesNotContain(named, n => n.Contains(".Crm.Account.") || n.Contains(".Crm.Record_."));
        Assert.Contains("Acme.Flows.Crm.SorFields.SorFields_", named);
    }

    private static IEnumerable<ISymbol> GeneratedMembers(Compilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs")))
        {
            SemanticModel semantics = compilation.GetSemanticModel(tree);
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                if (semantics.GetDeclaredSymbol(node) is ISymbol { Kind: SymbolKind.Property or SymbolKind.Field } member)
                {
                    yield return member;
                }
            }
        }
    }

    private static string Describe(ModelMember? member)
        => member is null ? string.Empty
            : $"{member.Key} {(member.DeclaringView.Flow is { } flow ? "flow " + flow : member.DeclaringView.System is { } system ? "system " + system : "no view")}"
                + (member.Field is null ? " (not in the model)" : string.Empty);
}
