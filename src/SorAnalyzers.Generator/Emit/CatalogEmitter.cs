using System;
using System.Collections.Generic;
using SorAnalyzers.Generator.Plan;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Generator.Emit;

/// <summary>SorCatalog: the model as metadata (its systems, flows and field descriptors), for tools and reports.</summary>
internal static class CatalogEmitter
{
    public static GeneratedFile Emit(ModelPlan plan)
    {
        CodeWriter writer = SourceFile.Start(plan, plan.Namespace, 4096 + (plan.Entities.Count * 100));
        writer.Doc()
            .Xml("The ownership model as metadata: its systems, flows and fields.")
            .Text(plan.Name)
            .End();
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
        WriteArrayCall(writer, "global::System.Array.AsReadOnly", "global::SorAnalyzers.SorSystemInfo", plan.Systems.Count, i => NewSystemInfo(writer, plan.Systems[i]));
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
        var withFields = new List<EntityPlan>(plan.Entities.Count);
        foreach (EntityPlan entity in plan.Entities)
        {
            if (entity.Fields.Count > 0)
            {
                withFields.Add(entity);
            }
        }

        string fields = "global::" + plan.Namespace + "." + GeneratedNames.FieldsClass + ".";
        WriteArrayCall(
            writer,
            FieldsEmitter.TablePath(plan) + ".AllFields",
            "global::SorAnalyzers.SorField",
            withFields.Count,
            i => writer.Append(fields).Append(withFields[i].Identifier).Append('.').Append(withFields[i].Fields[0].Identifier));
        writer.Line("#pragma warning restore CS0618");

        writer.Close();
        return new GeneratedFile("SorModel.Catalog.g.cs", SourceFile.Finish(writer));
    }

    /// <summary>A new <c>SorFlowInfo</c> of the flow (a flow view's <c>Flow</c>).</summary>
    public static CodeWriter NewFlowInfo(CodeWriter writer, FlowPlan flow)
        => writer.Append("new global::SorAnalyzers.SorFlowInfo(").Literal(flow.Id).Append(", ").Literal(flow.From).Append(", ").Literal(flow.To).Append(", ")
            .Literal(flow.Frequency).Append(", global::SorAnalyzers.SorConflictRule.").Append(flow.Conflict).Append(", ").Literal(flow.ErrorOwner).Append(')');

    private static void NewSystemInfo(CodeWriter writer, SystemPlan system)
        => writer.Append("new global::SorAnalyzers.SorSystemInfo(").Literal(system.Id).Append(", ").Literal(system.Title).Append(", ")
            .Literal(system.BusinessOwner).Append(", ").Literal(system.TechnicalOwner).Append(", ")
            .Literal(system.Description).Append(", ").Append(CSharpLiteral.Bool(system.ReadOnly)).Append(')');

    /// <summary>
    /// <c>method(new type[] { items })</c>, or <c>method(Array.Empty&lt;type&gt;())</c> for none: the systems' read-only
    /// wrapper (a bare array could be cast back and changed), the table's list of descriptors.
    /// </summary>
    /// <param name="writeItem">Writes the item of that index, on its line.</param>
    private static void WriteArrayCall(CodeWriter writer, string method, string type, int count, Action<int> writeItem)
    {
        if (count == 0)
        {
            writer.Line($"    {method}(global::System.Array.Empty<{type}>());");
            return;
        }

        writer.Line($"    {method}(new {type}[]");
        writer.Line("    {");
        for (int i = 0; i < count; i++)
        {
            writer.Indent().Append("        ");
            writeItem(i);
            writer.Append(',').EndLine();
        }

        writer.Line("    });");
    }
}
