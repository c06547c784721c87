using SorAnalyzers.Generator.Plan;

namespace SorAnalyzers.Generator.Emit;

/// <summary>SorSystems and SorFlows: one string constant per id, so code never spells an id.</summary>
internal static class ConstantsEmitter
{
    public static GeneratedFile Systems(ModelPlan plan)
    {
        CodeWriter writer = SourceFile.Start(plan, plan.Namespace);
        writer.Doc().Xml("The ids of the systems of the ownership model.").End();
        writer.Line(SourceFile.GeneratedCodeAttribute).Open("public static class SorSystems");
        bool first = true;
        foreach (SystemPlan system in plan.Systems)
        {
            first = Separate(writer, first);
            DocComment doc = writer.Doc();
            CodeWriter title = doc.Paragraph().Append("<c>").DocInline(system.Id).Append("</c>");
            if (system.Title is null)
            {
                title.Append('.');
            }
            else
            {
                title.Append(": ").DocInline(system.Title).Append('.');
            }

            doc.EndParagraph();
            doc.Text(system.Description)
                .Text("Business owner: ", system.BusinessOwner, ".")
                .Text("Technical owner: ", system.TechnicalOwner, ".");
            if (system.ReadOnly)
            {
                doc.Xml("Read-only: it receives copies and owns no field.");
            }

            doc.End();
            writer.Indent().Append("public const string ").Append(system.Identifier).Append(" = ").Literal(system.Id).Append(';').EndLine();
        }

        writer.Close();
        return new GeneratedFile("SorModel.Systems.g.cs", SourceFile.Finish(writer));
    }

    public static GeneratedFile Flows(ModelPlan plan)
    {
        CodeWriter writer = SourceFile.Start(plan, plan.Namespace, 1024 + (plan.Flows.Count * 400));
        writer.Doc().Xml("The ids of the flows of the ownership model.").End();
        writer.Line(SourceFile.GeneratedCodeAttribute).Open("public static class SorFlows");
        bool first = true;
        foreach (FlowPlan flow in plan.Flows)
        {
            first = Separate(writer, first);
            DocComment doc = writer.Doc();
            if (DocText.InlineOrNull(flow.Direction) is { } direction)
            {
                doc.Paragraph().Append("<c>").DocInline(flow.Id).Append("</c>: ").Append(direction).Append('.');
                doc.EndParagraph();
            }

            doc.Text(flow.Description)
                .Text("When it fails: ", flow.Impact)
                .Text("Errors go to: ", flow.ErrorOwner, ".")
                .End();
            writer.Indent().Append("public const string ").Append(flow.Identifier).Append(" = ").Literal(flow.Id).Append(';').EndLine();
        }

        writer.Close();
        return new GeneratedFile("SorModel.Flows.g.cs", SourceFile.Finish(writer));
    }

    /// <summary>A blank line between members; returns false so the next call knows it is not first.</summary>
    internal static bool Separate(CodeWriter writer, bool first)
    {
        if (!first)
        {
            writer.Line();
        }

        return false;
    }
}
