using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Reading;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Generator.Tests;

/// <summary>
/// The descriptors are created from one <c>SorModelTable</c> (<c>SorModelData.Table</c>), which also
/// gives <c>SorCatalog.Flows</c>. Static initialisation must hand out complete values whichever of the
/// generated types a program touches first.
/// </summary>
public class DescriptorTableTests
{
    [Theory]
    [InlineData("revops", "Contoso.RevOps", "Account", "Arr")]
    [InlineData("people-finance", "Northwind.Records", "Employee", "Salary")]
    public void A_descriptor_read_first_and_the_catalog_read_first_both_see_every_flow(string example, string ns, string entity, string field)
    {
        GenerationOutcome outcome = ExampleModelTests.Example(example).Run();

        // Each run loads the assembly afresh, so each order starts with no type initialised.
        GeneratedAssembly.Run(outcome.Output, assembly =>
        {
            SorField descriptor = Descriptor(assembly, ns, entity, field);
            Assert.NotEmpty(descriptor.Flows);
            Assert.All(descriptor.Flows, flow => Assert.NotNull(flow));
            IReadOnlyList<SorFlowInfo> catalog = CatalogFlows(assembly, ns);
            Assert.All(catalog, flow => Assert.NotNull(flow));
            Assert.All(descriptor.Flows, flow => Assert.Contains(flow, catalog));
        });
        GeneratedAssembly.Run(outcome.Output, assembly =>
        {
            IReadOnlyList<SorFlowInfo> catalog = CatalogFlows(assembly, ns);
            Assert.NotEmpty(catalog);
            Assert.All(catalog, flow => Assert.NotNull(flow));
            SorField descriptor = Descriptor(assembly, ns, entity, field);
            Assert.NotEmpty(descriptor.Flows);
            Assert.All(descriptor.Flows, flow => Assert.Contains(flow, catalog));
        });
    }

    [Fact]
    public void The_generated_table_is_the_only_place_a_descriptors_metadata_is_written()
    {
        GenerationOutcome outcome = ExampleModelTests.Example("revops").Run();
        string fields = outcome.Sources.Single(s => s.HintName == "SorModel.Fields.g.cs").SourceText.ToString();

        // One short call per descriptor: no SorFlowInfo or holder array is constructed per field.
        Assert.DoesNotContain("new global::SorAnalyzers.SorFlowInfo(", fields, StringComparison.Ordinal);
        Assert.DoesNotContain("new string[] {", fields, StringComparison.Ordinal);
        OwnershipModel model = ModelReader.Read(File.ReadAllText(RepoFiles.Model("revops.sor.yaml"))).Model!;
        Assert.Equal(model.AllFields.Count(), fields.Split("global::Contoso.RevOps.SorModelData.Table.CreateField<").Length - 1);
    }

    [Fact]
    public void The_generated_code_page_shows_revops_descriptors_as_generated()
    {
        string page = File.ReadAllText(RepoFiles.InRepo("docs/generated-code.md"));
        string section = page[page.IndexOf("## Descriptors", StringComparison.Ordinal)..page.IndexOf("## Views", StringComparison.Ordinal)];
        string line = Regex.Match(section, "```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline).Groups["code"].Value;
        string table = Regex.Match(section, "`\"(?<text>7:Account [^`]*?) …\"`").Groups["text"].Value;
        Assert.NotEmpty(line);
        Assert.NotEmpty(table);

        string fields = ExampleModelTests.Example("revops").Run().Sources.Single(s => s.HintName == "SorModel.Fields.g.cs").SourceText.ToString();
        Assert.Contains("                " + line + "\n", fields, StringComparison.Ordinal); // in the class's static constructor
        Assert.Contains("\"" + table, fields, StringComparison.Ordinal);
    }

    private static SorField Descriptor(Assembly assembly, string ns, string entity, string field)
        => (SorField)assembly.GetType($"{ns}.SorFields+{entity}", throwOnError: true)!.GetField(field)!.GetValue(null)!;

    private static IReadOnlyList<SorFlowInfo> CatalogFlows(Assembly assembly, string ns)
        => (IReadOnlyList<SorFlowInfo>)assembly.GetType(ns + ".SorCatalog", throwOnError: true)!.GetProperty("Flows")!.GetValue(null)!;
}
