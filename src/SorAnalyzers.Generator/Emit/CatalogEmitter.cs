using System.Linq;
using SorAnalyzers.Generator.Plan;

namespace SorAnalyzers.Generator.Emit;

/// <summary>SorCatalog: the model as metadata (its systems, flows and field descriptors), for tools and reports.</summary>
internal static class CatalogEmitter
{
    public static GeneratedFile Emit(ModelPlan plan)
    {
        CodeWriter writer = SourceFile.Start(plan, plan.Namespace);
        new DocComment()
            .Xml("The ownership model as metadata: its systems, flows and fields.")
            .Text(plan.Name)
            .WriteTo(writer);
        writer.Line(SourceFile.GeneratedCodeAttribute).Open("public static class SorCatalog");
        string nullable = plan.Nullable ? "?" : string.Empty;

        writer.Line("/// <summary>The model's <c>name</c>, or null.</summary>");
        writer.Line($"public static string{nullable} Name => {CSharpLiteral.String(plan.Name)};");
        writer.Line();
        writer.Line("/// <summary>The model's own <c>version</c>, or null.</summary>");
        writer.Line($"public static string{nullable} Version => {CSharpLiteral.String(plan.Version)};");
        writer.Line();

        writer.Line("/// <summary>Every system of the model, in the model's order.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::SorAnalyzers.SorSystemInfo> Systems { get; } =");
        WriteArrayCall(writer, "global::System.Array.AsReadOnly", "global::SorAnalyzers.SorSystemInfo", plan.Systems.Select(NewSystemInfo).ToArray());
        writer.Line();

        // The descriptors' own instances: SorModelData, which depends on nothing generated, made them.
        writer.Line("/// <summary>Every flow of the model, in the model's order.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::SorAnalyzers.SorFlowInfo> Flows { get; } =");
        writer.Line($"    {FieldsEmitter.TablePath(plan)}.Flows;");
        writer.Line();

        // One descriptor per entity, not each: reading one runs its class's static constructor, which creates them
        // all in the table, and the table lists them (2,000 member accesses cost the compiler a fifth of the
        // descriptors' compile). Listing a deprecated descriptor is not a use to warn about.
        writer.Line("/// <summary>Every field descriptor of the model, entity by entity.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::SorAnalyzers.SorField> Fields { get; } =");
        writer.Line("#pragma warning disable CS0618");
        WriteArrayCall(
            writer,
            FieldsEmitter.TablePath(plan) + ".AllFields",
            "global::SorAnalyzers.SorField",
            plan.Entities.Where(e => e.Fields.Count > 0).Select(e => $"global::{plan.Namespace}.SorFields.{e.Identifier}.{e.Fields[0].Identifier}").ToArray());
        writer.Line("#pragma warning restore CS0618");

        writer.Close();
        return new GeneratedFile("SorModel.Catalog.g.cs", SourceFile.Finish(writer));
    }

    /// <summary>A new <c>SorFlowInfo</c> of the flow (a flow view's <c>Flow</c>).</summary>
    public static string NewFlowInfo(FlowPlan flow)
        => $"new global::SorAnalyzers.SorFlowInfo({CSharpLiteral.String(flow.Id)}, {CSharpLiteral.String(flow.From)}, {CSharpLiteral.String(flow.To)}, "
            + $"{CSharpLiteral.String(flow.Frequency)}, global::SorAnalyzers.SorConflictRule.{flow.Conflict}, {CSharpLiteral.String(flow.ErrorOwner)})";

    private static string NewSystemInfo(SystemPlan system)
        => $"new global::SorAnalyzers.SorSystemInfo({CSharpLiteral.String(system.Id)}, {CSharpLiteral.String(system.Title)}, "
            + $"{CSharpLiteral.String(system.BusinessOwner)}, {CSharpLiteral.String(system.TechnicalOwner)}, "
            + $"{CSharpLiteral.String(system.Description)}, {CSharpLiteral.Bool(system.ReadOnly)})";

    /// <summary>
    /// <c>method(new type[] { items })</c>, or <c>method(Array.Empty&lt;type&gt;())</c> for none: the systems' read-only
    /// wrapper (a bare array could be cast back and changed), the table's list of descriptors.
    /// </summary>
    private static void WriteArrayCall(CodeWriter writer, string method, string type, string[] items)
    {
        if (items.Length == 0)
        {
            writer.Line($"    {method}(global::System.Array.Empty<{type}>());");
            return;
        }

        writer.Line($"    {method}(new {type}[]");
        writer.Line("    {");
        foreach (string item in items)
        {
            writer.Line($"        {item},");
        }

        writer.Line("    });");
    }
}
