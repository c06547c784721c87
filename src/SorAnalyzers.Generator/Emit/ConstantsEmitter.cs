using SorAnalyzers.Generator.Plan;

namespace SorAnalyzers.Generator.Emit;

/// <summary>SorSystems and SorFlows: one string constant per id, so code never spells an id.</summary>
internal static class ConstantsEmitter
{
    public static GeneratedFile Systems(ModelPlan plan)
    {
        CodeWriter writer = SourceFile.Start(plan, plan.Namespace);
        new DocComment().Xml("The ids of the systems of the ownership model.").WriteTo(writer);
        writer.Line(SourceFile.GeneratedCodeAttribute).Open("public static class SorSystems");
        bool first = true;
        foreach (SystemPlan system in plan.Systems)
        {
            first = Separate(writer, first);
            var doc = new DocComment()
                .Xml("<c>" + DocText.Inline(system.Id) + "</c>" + (system.Title is null ? "." : ": " + DocText.Inline(system.Title) + "."))
                .Text(system.Description)
                .Text("Business owner: ", system.BusinessOwner, ".")
                .Text("Technical owner: ", system.TechnicalOwner, ".");
            if (system.ReadOnly)
            {
                doc.Xml("Read-only: it receives copies and owns no field.");
            }

            doc.WriteTo(writer);
            writer.Line($"public const string {system.Identifier} = {CSharpLiteral.String(system.Id)};");
        }

        writer.Close();
        return new GeneratedFile("SorModel.Systems.g.cs", SourceFile.Finish(writer));
    }

    public static GeneratedFile Flows(ModelPlan plan)
    {
        CodeWriter writer = SourceFile.Start(plan, plan.Namespace);
        new DocComment().Xml("The ids of the flows of the ownership model.").WriteTo(writer);
        writer.Line(SourceFile.GeneratedCodeAttribute).Open("public static class SorFlows");
        bool first = true;
        foreach (FlowPlan flow in plan.Flows)
        {
            first = Separate(writer, first);
            new DocComment()
                .Text("<c>" + DocText.Inline(flow.Id) + "</c>: ", flow.Direction, ".")
                .Text(flow.Description)
                .Text("When it fails: ", flow.Impact)
                .Text("Errors go to: ", flow.ErrorOwner, ".")
                .WriteTo(writer);
            writer.Line($"public const string {flow.Identifier} = {CSharpLiteral.String(flow.Id)};");
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
