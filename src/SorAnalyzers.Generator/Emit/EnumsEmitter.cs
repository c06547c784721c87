using SorAnalyzers.Generator.Plan;

namespace SorAnalyzers.Generator.Emit;

/// <summary>One C# enum per enum field, named <c>{Entity}{Field}</c>.</summary>
internal static class EnumsEmitter
{
    public static GeneratedFile Emit(ModelPlan plan)
    {
        CodeWriter writer = SourceFile.Start(plan, plan.Namespace);
        bool first = true;
        foreach (EnumPlan enumPlan in plan.Enums)
        {
            first = ConstantsEmitter.Separate(writer, first);
            new DocComment()
                .Xml("The values of <c>" + DocText.Inline(enumPlan.FieldKey) + "</c>.")
                .Text(enumPlan.Description)
                .WriteTo(writer);
            writer.Line(SourceFile.GeneratedCodeAttribute).Open("public enum " + enumPlan.Identifier);
            foreach (EnumMemberPlan member in enumPlan.Members)
            {
                writer.Line("/// <summary><c>" + DocText.Inline(member.Value) + "</c></summary>");
                writer.Line(member.Identifier + ",");
            }

            writer.Close();
        }

        return new GeneratedFile("SorModel.Enums.g.cs", SourceFile.Finish(writer));
    }
}
