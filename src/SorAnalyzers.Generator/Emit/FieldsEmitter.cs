using System.Collections.Generic;
using SorAnalyzers.Generator.Plan;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// SorFields: a class per entity, a typed <c>SorField&lt;T&gt;</c> descriptor per field; and SorModelData,
/// the model's flows and fields as one <c>SorModelTable</c> that every descriptor is created from.
/// </summary>
/// <remarks>
/// What the compiler pays follows the members and code blocks emitted per field, so a descriptor is one
/// field, created in its class's static constructor by one short call
/// (<c>SorModelData.Table.CreateField&lt;T&gt;(i)</c>): binding a constructor call with every field's
/// metadata (holders, a <c>SorFlowInfo</c> per flow, flags) was most of what the descriptors cost, and an
/// initializer per field made each its own code block. The entity's class carries one
/// <c>[SorModelEntity]</c> for all its descriptors (an attribute per descriptor was a fifth of the
/// compile); the analyzers map a descriptor's name back to its field with
/// <c>GeneratedNames.DescriptorFields</c>. SorModelData depends on nothing generated, so it is initialised
/// completely whichever of SorFields and SorCatalog a program touches first.
/// </remarks>
internal static class FieldsEmitter
{
    public const string DataClass = "SorModelData";

    public static GeneratedFile Emit(ModelPlan plan)
    {
        CodeWriter writer = SourceFile.Start(plan, plan.Namespace, ExpectedLength(plan));
        writer.Doc().Xml("Typed descriptors of the fields of the ownership model: who owns each, who holds it, which flows carry it.").End();
        writer.Line(SourceFile.GeneratedCodeAttribute).Open("public static class " + GeneratedNames.FieldsClass);
        string table = TablePath(plan);
        bool firstEntity = true;
        int index = 0;
        foreach (EntityPlan entity in plan.Entities)
        {
            firstEntity = ConstantsEmitter.Separate(writer, firstEntity);
            DocComment doc = writer.Doc();
            doc.Paragraph().Append("The fields of <c>").DocInline(entity.Name).Append("</c>.");
            doc.EndParagraph();
            doc.Text(entity.Description).End();
            writer.Indent().Append("[global::SorAnalyzers.SorModelEntity(").Literal(entity.Name).Append(")]").EndLine();
            writer.Open("public static class " + entity.Identifier);
            bool firstField = true;
            foreach (FieldPlan field in entity.Fields)
            {
                firstField = ConstantsEmitter.Separate(writer, firstField);
                WriteField(writer, field);
            }

            index = WriteCreation(writer, entity, table, index);
            writer.Close();
        }

        writer.Close();
        writer.Line();
        WriteData(writer, plan);
        return new GeneratedFile("SorModel.Fields.g.cs", SourceFile.Finish(writer));
    }

    /// <summary>"global::Contoso.RevOps.SorModelData.Table": the model's <c>SorModelTable</c>.</summary>
    public static string TablePath(ModelPlan plan) => $"global::{plan.Namespace}.{DataClass}.Table";

    /// <summary>
    /// About the file's length, from what each descriptor writes (its docs, its declaration, its creation, its part of
    /// the table): enough that a big model's text fills one buffer, not many it then copies together.
    /// </summary>
    private static int ExpectedLength(ModelPlan plan)
    {
        long length = 4096;
        foreach (EntityPlan entity in plan.Entities)
        {
            length += 400 + (3 * entity.Name.Length) + (entity.Description?.Length ?? 0);
            foreach (FieldPlan field in entity.Fields)
            {
                length += 560 + (3 * (field.Entity.Length + field.Name.Length)) + (2 * field.Identifier.Length) + (2 * field.Type.CSharp.Length)
                    + field.OwnerText.Length + field.Direction.Length + (2 * (field.Description?.Length ?? 0)) + (2 * (field.Deprecated?.Length ?? 0))
                    + (field.SystemNames?.Length ?? 0) + (24 * field.HeldBy.Count) + (4 * field.Flows.Count);
            }
        }

        return (int)System.Math.Min(length, int.MaxValue / 4);
    }

    private static void WriteField(CodeWriter writer, FieldPlan field)
    {
        FieldDocs.Descriptor(writer, field);
        if (field.Deprecated is not null)
        {
            writer.Indent().Append("[global::System.Obsolete(").Literal(field.Deprecated).Append(")]").EndLine();
        }

        writer.Indent().Append("public static readonly global::SorAnalyzers.SorField<").Append(field.Type.CSharp).Append("> ")
            .Append(field.Identifier).Append(';').EndLine();
    }

    /// <summary>
    /// The class's static constructor, creating each descriptor from the table; returns the table index
    /// after the entity's fields. One constructor, not an initializer per field: the compiler and every
    /// analyzer of the build treat each field initializer as a code block of its own, and 2,000 of them
    /// cost as much again as the descriptors' declarations.
    /// </summary>
    private static int WriteCreation(CodeWriter writer, EntityPlan entity, string table, int index)
    {
        if (entity.Fields.Count == 0)
        {
            return index;
        }

        bool deprecated = false;
        foreach (FieldPlan field in entity.Fields)
        {
            deprecated |= field.Deprecated is not null;
        }

        writer.Line();
        writer.Open("static " + entity.Identifier + "()");
        if (deprecated)
        {
            writer.Line("// Creating a deprecated descriptor is not a use of it.");
            writer.Line("#pragma warning disable CS0618");
        }

        foreach (FieldPlan field in entity.Fields)
        {
            writer.Indent().Append(field.Identifier).Append(" = ").Append(table).Append(".CreateField<").Append(field.Type.CSharp).Append(">(")
                .Append(index++).Append(");").EndLine();
        }

        if (deprecated)
        {
            writer.Line("#pragma warning restore CS0618");
        }

        writer.Close();
        return index;
    }

    private static void WriteData(CodeWriter writer, ModelPlan plan)
    {
        writer.Doc()
            .Xml("The model's flows and fields in the compact form <c>SorAnalyzers.SorModelTable</c> reads: the source of every descriptor in <c>SorFields</c> and of <c>SorCatalog.Flows</c>.")
            .End();
        writer.Line(SourceFile.GeneratedCodeAttribute).Open($"internal static class {DataClass}");
        writer.Line("/// <summary>The flows (one instance each, shared by the descriptors), then the fields, entity by entity.</summary>");
        writer.Line("internal static readonly global::SorAnalyzers.SorModelTable Table = new global::SorAnalyzers.SorModelTable(new string[]");
        writer.Line("{");
        Dictionary<string, int> flowIndex = ModelTableText.FlowIndex(plan);
        writer.Indent().Append("    \"");
        ModelTableText.Flows(writer, plan);
        writer.Append("\",").EndLine();
        foreach (EntityPlan entity in plan.Entities)
        {
            writer.Indent().Append("    \"");
            ModelTableText.Entity(writer, entity, flowIndex);
            writer.Append("\",").EndLine();
        }

        writer.Line("});");
        writer.Close();
    }
}
