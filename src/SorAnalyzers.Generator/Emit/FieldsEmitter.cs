using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Generator.Plan;

namespace SorAnalyzers.Generator.Emit;

/// <summary>SorFields: a class per entity, a typed <c>SorField&lt;T&gt;</c> descriptor per field.</summary>
internal static class FieldsEmitter
{
    private const string FlowInfo = "global::SorAnalyzers.SorFlowInfo";

    public static GeneratedFile Emit(ModelPlan plan)
    {
        Dictionary<string, FlowPlan> flows = plan.Flows.ToDictionary(f => f.Id);
        CodeWriter writer = SourceFile.Start(plan, plan.Namespace);
        new DocComment().Xml("Typed descriptors of the fields of the ownership model: who owns each, who holds it, which flows carry it.").WriteTo(writer);
        writer.Line(SourceFile.GeneratedCodeAttribute).Open("public static class SorFields");
        bool firstEntity = true;
        foreach (EntityPlan entity in plan.Entities)
        {
            firstEntity = ConstantsEmitter.Separate(writer, firstEntity);
            new DocComment().Xml("The fields of <c>" + DocText.Inline(entity.Name) + "</c>.").Text(entity.Description).WriteTo(writer);
            writer.Open("public static class " + entity.Identifier);
            bool firstField = true;
            foreach (FieldPlan field in entity.Fields)
            {
                firstField = ConstantsEmitter.Separate(writer, firstField);
                WriteField(writer, field, flows);
            }

            writer.Close();
        }

        writer.Close();
        return new GeneratedFile("SorModel.Fields.g.cs", SourceFile.Finish(writer));
    }

    private static void WriteField(CodeWriter writer, FieldPlan field, Dictionary<string, FlowPlan> flows)
    {
        string type = $"global::SorAnalyzers.SorField<{field.Type.CSharp}>";
        FieldDocs.Descriptor(field).WriteTo(writer);
        writer.Line($"[global::SorAnalyzers.SorModelField({CSharpLiteral.String(field.Entity)}, {CSharpLiteral.String(field.Name)})]");
        if (field.Deprecated is not null)
        {
            writer.Line($"[global::System.Obsolete({CSharpLiteral.String(field.Deprecated)})]");
        }

        writer.Line($"public static readonly {type} {field.Identifier} = new {type}(");
        writer.Line($"    {CSharpLiteral.String(field.Entity)},");
        writer.Line($"    {CSharpLiteral.String(field.Name)},");
        writer.Line($"    {CSharpLiteral.String(field.Owner)},");
        writer.Line($"    new string[] {{ {string.Join(", ", field.HeldBy.Select(CSharpLiteral.String))} }},");
        if (field.Flows.IsEmpty)
        {
            writer.Line($"    global::System.Array.Empty<{FlowInfo}>(),");
        }
        else
        {
            writer.Line($"    new {FlowInfo}[]");
            writer.Line("    {");
            foreach (string id in field.Flows)
            {
                writer.Line($"        {CatalogEmitter.NewFlowInfo(flows[id])},");
            }

            writer.Line("    },");
        }

        writer.Line($"    description: {CSharpLiteral.String(field.Description)},");
        writer.Line($"    isPii: {CSharpLiteral.Bool(field.Pii)},");
        writer.Line($"    isRequired: {CSharpLiteral.Bool(field.Required)},");
        writer.Line($"    isImmutable: {CSharpLiteral.Bool(field.Immutable)},");
        writer.Line($"    deprecated: {CSharpLiteral.String(field.Deprecated)});");
    }
}
