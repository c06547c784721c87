using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Model.Reading;
using Xunit;

namespace SorAnalyzers.Generator.Tests;

/// <summary>
/// No model text can change the meaning of the generated code: comment enders, quotes, a newline then
/// <c>#error</c>, XML tags, Unicode line separators and NUL compile, and arrive intact in the
/// descriptor's strings and in the documentation.
/// </summary>
public class HostileTextTests
{
    // YAML double-quoted escapes: \n newline, \L U+2028, \P U+2029, \0 NUL, \" quote, \\ backslash.
    private const string Model = """
        sor: 1
        namespace: Hostile
        systems:
          crm: { title: "Sales \"force\" \\ */ <b>", businessOwner: "Ops & co\n#error owner" }
        entities:
          Account:
            description: "*/ </summary> <para>"
            fields:
              Note:
                type: string
                owner: crm
                description: "Ends */ a \"quote\" \\ back\n#error boom\r\n#if X </summary> & <![CDATA[ ]]> \L after LS \P after PS \0 nul ∑ 名前 😀 \t tab"
                deprecated: "Use \"Other\"\n#error dep */"
                names: { crm: "note</summary> */ & <b>" }
              Other: { type: string, owner: crm }
        flows: []
        """;

    private const string Description = "Ends */ a \"quote\" \\ back\n#error boom\r\n#if X </summary> & <![CDATA[ ]]> \u2028 after LS \u2029 after PS \0 nul ∑ 名前 😀 \t tab";

    [Fact]
    public void The_model_reads_the_hostile_text_as_written()
    {
        ModelReadResult result = ModelReader.Read(Model);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Description, result.Model!.FindField("Account.Note")!.Description);
    }

    [Fact]
    public void Hostile_text_compiles_and_keeps_its_meaning()
    {
        GenerationOutcome outcome = new GeneratorHarness(Model).WithSource("""
            internal static class Uses
            {
                public static string? Read(SorAnalyzers.SorRecord record) => new Hostile.Crm.Account(record).Other;
            }
            """).Run();
        outcome.AssertClean();

        // The strings the descriptor carries at run time are the model's, character for character.
        using var image = new MemoryStream();
        Assert.True(outcome.Output.Emit(image).Success);
        var context = new AssemblyLoadContext("hostile", isCollectible: true);
        try
        {
            image.Position = 0;
            Assembly assembly = context.LoadFromStream(image);
            var note = (SorField)assembly.GetType("Hostile.SorFields+Account")!.GetField("Note")!.GetValue(null)!;
            Assert.Equal(Description, note.Description);
            Assert.Equal("Use \"Other\"\n#error dep */", note.Deprecated);
            var systems = (System.Collections.Generic.IReadOnlyList<SorSystemInfo>)assembly.GetType("Hostile.SorCatalog")!.GetProperty("Systems")!.GetValue(null)!;
            Assert.Equal("Sales \"force\" \\ */ <b>", systems.Single().Title);
        }
        finally
        {
            context.Unload();
        }

        // The documentation is well-formed XML that says the same (line ends become line breaks).
        IFieldSymbol field = outcome.Output.GetTypeByMetadataName("Hostile.SorFields+Account")!.GetMembers("Note").OfType<IFieldSymbol>().Single();
        XElement doc = XElement.Parse(field.GetDocumentationCommentXml()!);
        string summary = string.Join(" ", doc.Element("summary")!.Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        Assert.Contains("Ends */ a \"quote\" \\ back #error boom #if X </summary> & <![CDATA[ ]]> after LS after PS \uFFFD nul ∑ 名前 😀   tab", summary);
        Assert.Contains("Owner: crm (Sales \"force\" \\ */ <b>), business owner Ops & co #error owner.", summary);
        Assert.Contains("Deprecated: Use \"Other\" #error dep */", summary);
        Assert.Contains("Called, in each system: crm: note</summary> */ & <b>.", summary);
        Assert.Contains("Use \"Other\"\n#error dep */", field.GetAttributes().Single(a => a.AttributeClass!.Name == "ObsoleteAttribute").ConstructorArguments.Single().Value as string);
    }

    [Fact]
    public void No_generated_line_starts_a_directive()
    {
        GenerationOutcome outcome = new GeneratorHarness(Model).Run();

        var directives = outcome.Sources
            .SelectMany(s => s.SourceText.Lines.Select(l => l.ToString().TrimStart()))
            .Where(l => l.StartsWith('#'))
            .Distinct();
        Assert.Equal(new[] { "#nullable enable", "#pragma warning disable CS0618", "#pragma warning restore CS0618" }, directives);
    }
}
