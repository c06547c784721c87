using SorAnalyzers.Generator.Plan;

namespace SorAnalyzers.Generator.Emit;

/// <summary>One C# enum per enum field, named <c>{Entity}{Field}</c>.</summary>
internal static class EnumsEmitter
{
    public static GeneratedFile Emit(ModelPlan plan)
    {
        CodeWriter writer = SourceFile.Start(plan, plan.Namespace, 1024 + (plan.Enums.Count * 600));
        bool first = true;
        foreach (EnumPlan enumPlan in plan.Enums)
        {
            first = ConstantsEmitter.Separate(writer, first);
            DocComment doc = writer.Doc();
            doc.Paragraph().Append("The values of <c>").DocInline(enumPlan.FieldKey).Append("</c>.");
            doc.EndParagraph();
            doc.Text(enumPlan.Description).End();
            writer.Line(SourceFile.GeneratedCodeAttribute).Open("public enum " + enumPlan.Identifier);
            foreach (EnumMemberPlan member in enumPlan.Members)
            {
                writer.Indent().Append("/// <summary><c>").DocInline(member.Value).Append("</c></summary>").EndLine();
                writer.Indent().Append(member.Identifier).Append(',').EndLine();
            }

            writer.Close();
        }

        return new GeneratedFile("SorModel.Enums.g.cs", SourceFile.Finish(writer));
    }
}
