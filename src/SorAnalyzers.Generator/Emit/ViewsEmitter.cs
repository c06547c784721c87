using SorAnalyzers.Generator.Plan;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// The views: a class per system and entity it holds (a setter only where the system owns the field,
/// so the compiler rejects a write to a copy; the audit names the system), and a class per flow and
/// entity it carries (a setter for exactly the fields the flow carries, by the flow's conflict rule, and
/// <c>ApplyFrom</c>, which applies the flow from the source system's record). Each wraps a <c>SorRecord</c>.
/// </summary>
internal static class ViewsEmitter
{
    /// <param name="isPublic">Public in the model's home; internal where a project adds views to a referenced API.</param>
    /// <param name="flow">The flow of a flow view group (null for a system's; found in the plan when not given).</param>
    public static GeneratedFile Emit(ModelPlan plan, ViewGroupPlan group, bool isPublic, FlowPlan? flow = null)
    {
        CodeWriter writer = SourceFile.Start(plan, group.Namespace);
        if (group.IsFlow)
        {
            flow ??= FlowOf(plan, group.Id);
        }

        string role = Role(plan, group, flow);
        bool first = true;
        foreach (ViewPlan view in group.Views)
        {
            first = ConstantsEmitter.Separate(writer, first);
            WriteView(writer, plan, group, role, flow, view, isPublic);
        }

        return new GeneratedFile(group.HintName, SourceFile.Finish(writer));
    }

    /// <summary>What the group's views are, after the entity name: "as crm (Salesforce) holds it", "as the flow … writes it into crm".</summary>
    private static string Role(ModelPlan plan, ViewGroupPlan group, FlowPlan? flow)
    {
        if (flow is not null)
        {
            return $"as the flow {flow.Id} ({flow.Direction}) writes it into {flow.To}";
        }

        foreach (SystemPlan system in plan.Systems)
        {
            if (system.Id == group.Id)
            {
                string name = string.IsNullOrEmpty(system.Title) ? system.Id : system.Id + " (" + system.Title + ")";
                return "as " + name + " holds it";
            }
        }

        throw new System.InvalidOperationException($"The plan has no system {group.Id}.");
    }

    /// <param name="role">What the group's views are (<see cref="Role"/>), on this view's summary after the entity name.</param>
    private static void WriteView(CodeWriter writer, ModelPlan plan, ViewGroupPlan group, string role, FlowPlan? flow, ViewPlan view, bool isPublic)
    {
        string entity = "<c>" + DocText.Inline(view.Entity) + "</c>";
        DocComment doc = writer.Doc();
        CodeWriter summary = doc.Paragraph().Append(entity).Append(' ').DocInline(role);
        if (group.IsFlow)
        {
            summary.Append(": a setter for exactly the fields the flow carries.");
        }
        else
        {
            summary.Append(": a setter for each field ").DocInline(group.Id).Append(" owns; the copies it receives are read-only.");
        }

        doc.EndParagraph();
        doc.End();

        string kind = group.IsFlow ? "Flow" : "System";
        writer.Line($"[global::SorAnalyzers.SorView({CSharpLiteral.String(view.Entity)}, {kind} = {CSharpLiteral.String(group.Id)})]");
        writer.Line(SourceFile.GeneratedCodeAttribute);
        writer.Open((isPublic ? "public" : "internal") + " sealed class " + view.Identifier);

        writer.Line($"/// <summary>Wraps <paramref name=\"record\"/>, a record of {entity}.</summary>");
        writer.Line($"/// <param name=\"record\">The record to read and write: its entity must be {entity}.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"record\"/> is null.</exception>");
        writer.Line($"/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"record\"/> is a record of another entity.</exception>");
        writer.Open($"public {view.Identifier}(global::SorAnalyzers.SorRecord record)");
        writer.Open("if (record is null)").Line("throw new global::System.ArgumentNullException(nameof(record));").Close();
        writer.Line();
        string message = CSharpLiteral.String($"This view wraps a record of {view.Entity}, not of ");
        writer.Open($"if (!string.Equals(record.Entity, {CSharpLiteral.String(view.Entity)}, global::System.StringComparison.Ordinal))")
            .Line($"throw new global::System.ArgumentException({message} + record.Entity + \".\", nameof(record));")
            .Close();
        writer.Line();
        writer.Line($"{ModelPlanner.RecordMember} = record;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The wrapped record.</summary>");
        writer.Line($"public global::SorAnalyzers.SorRecord {ModelPlanner.RecordMember} {{ get; }}");
        if (flow is not null)
        {
            writer.Line();
            writer.Line($"/// <summary>The flow <c>{DocText.Inline(flow.Id)}</c> ({DocText.Inline(flow.Direction)}): the setters and <c>{ModelPlanner.ApplyMember}</c> write by its conflict rule.</summary>");
            CatalogEmitter.NewFlowInfo(writer.Indent().Append($"public static global::SorAnalyzers.SorFlowInfo {ModelPlanner.FlowMember} {{ get; }} = "), flow).Append(';').EndLine();
            WriteApply(writer, flow, view);
        }

        foreach (ViewPropertyPlan property in view.Properties)
        {
            writer.Line();
            WriteProperty(writer, plan, group, view, property);
        }

        writer.Close();
    }

    private static FlowPlan FlowOf(ModelPlan plan, string id)
    {
        foreach (FlowPlan flow in plan.Flows)
        {
            if (flow.Id == id)
            {
                return flow;
            }
        }

        throw new System.InvalidOperationException($"The plan has no flow {id}.");
    }

    // ApplyFrom: the flow's fields of this entity, copied by the runtime's one set of rules. A deprecated
    // field is still carried: the copy is not a use to warn about.
    private static void WriteApply(CodeWriter writer, FlowPlan flow, ViewPlan view)
    {
        string result = "global::SorAnalyzers.SorFlowApplication";
        var names = new string[view.Properties.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = DocText.Inline(view.Properties[i].FieldName);
        }

        string fields = string.Join(", ", names);
        string summary = $"/// <summary>Applies the flow <c>{DocText.Inline(flow.Id)}</c> to this record: copies {fields} from {DocText.Inline(flow.From)}'s record by the flow's conflict rule ({char.ToLowerInvariant(flow.Conflict[0]) + flow.Conflict.Substring(1)}), never overwrites an immutable field once set, and skips a value that arrived in the source from {DocText.Inline(flow.To)} in the same change set (the loop guard).</summary>";
        const string returns = "/// <returns>What was written (field, old value, new value) and what was skipped, and why.</returns>";
        if (view.SourceView is not null)
        {
            writer.Line();
            writer.Line(summary);
            writer.Line($"/// <param name=\"source\">{DocText.Inline(flow.From)}'s view of the same {DocText.Inline(view.Entity)}.</param>");
            writer.Line(returns);
            writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"source\"/> is null.</exception>");
            writer.Open($"public {result} {ModelPlanner.ApplyMember}({view.SourceView} source)");
            writer.Open("if (source is null)").Line("throw new global::System.ArgumentNullException(nameof(source));").Close();
            writer.Line();
            writer.Line($"return {ModelPlanner.ApplyMember}(source.{ModelPlanner.RecordMember});");
            writer.Close();
        }

        writer.Line();
        writer.Line(summary);
        writer.Line($"/// <param name=\"source\">{DocText.Inline(flow.From)}'s record of the same {DocText.Inline(view.Entity)}.</param>");
        writer.Line(returns);
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"source\"/> is null.</exception>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"source\"/> is a record of another entity, or this view's own record.</exception>");
        writer.Open($"public {result} {ModelPlanner.ApplyMember}(global::SorAnalyzers.SorRecord source)");
        bool deprecated = false;
        foreach (ViewPropertyPlan property in view.Properties)
        {
            deprecated |= property.Deprecated is not null;
        }

        if (deprecated)
        {
            writer.Line("#pragma warning disable CS0618");
        }

        writer.Line($"return {result}.Begin({ModelPlanner.FlowMember}, source, {ModelPlanner.RecordMember}, {view.Properties.Count})");
        for (int i = 0; i < view.Properties.Count; i++)
        {
            writer.Line($"    .Copy({view.Properties[i].DescriptorPath}){(i == view.Properties.Count - 1 ? ";" : string.Empty)}");
        }

        if (deprecated)
        {
            writer.Line("#pragma warning restore CS0618");
        }

        writer.Close();
    }

    private static void WriteProperty(CodeWriter writer, ModelPlan plan, ViewGroupPlan group, ViewPlan view, ViewPropertyPlan property)
    {
        FieldDocs.Property(writer, view.Entity, property);
        writer.Line($"[global::SorAnalyzers.SorModelField({CSharpLiteral.String(view.Entity)}, {CSharpLiteral.String(property.FieldName)})]");
        if (property.Deprecated is not null)
        {
            // The accessors use the deprecated descriptor; inside an [Obsolete] member that is no warning.
            writer.Line($"[global::System.Obsolete({CSharpLiteral.String(property.Deprecated)})]");
        }

        bool nullable = plan.Nullable && property.Type.IsReference;
        string type = property.Type.CSharp + (nullable ? "?" : string.Empty);
        writer.Open($"public {type} {property.Identifier}");
        writer.Line($"get => {ModelPlanner.RecordMember}.Get({property.DescriptorPath});");
        if (property.Settable)
        {
            // Storing null blanks a string field; the descriptor's type argument stays non-nullable.
            // A system's setter names the system in the audit; a flow's setter writes by the flow's rule.
            string value = "value" + (nullable ? "!" : string.Empty);
            writer.Line(group.IsFlow
                ? $"set => global::SorAnalyzers.SorFlowApplication.Write({ModelPlanner.FlowMember}, {property.DescriptorPath}, {ModelPlanner.RecordMember}, {value});"
                : $"set => {ModelPlanner.RecordMember}.Set({property.DescriptorPath}, {value}, global::SorAnalyzers.SorWriter.ForSystem({CSharpLiteral.String(group.Id)}));");
        }

        writer.Close();
    }
}
