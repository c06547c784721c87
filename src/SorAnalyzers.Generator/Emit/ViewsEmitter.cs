using SorAnalyzers.Generator.Plan;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// The views: a class per system and entity it holds (a setter only where the system owns the field,
/// so the compiler rejects a write to a copy), and a class per flow and entity it carries (a setter
/// for exactly the fields the flow carries). Each wraps a <c>SorRecord</c>.
/// </summary>
internal static class ViewsEmitter
{
    public static GeneratedFile Emit(ModelPlan plan, ViewGroupPlan group)
    {
        CodeWriter writer = SourceFile.Start(plan, group.Namespace);
        bool first = true;
        foreach (ViewPlan view in group.Views)
        {
            first = ConstantsEmitter.Separate(writer, first);
            WriteView(writer, plan, group, view);
        }

        return new GeneratedFile(group.HintName, SourceFile.Finish(writer));
    }

    private static void WriteView(CodeWriter writer, ModelPlan plan, ViewGroupPlan group, ViewPlan view)
    {
        string entity = "<c>" + DocText.Inline(view.Entity) + "</c>";
        new DocComment()
            .Xml(entity + " " + DocText.Inline(group.Role) + (group.IsFlow
                ? ": a setter for exactly the fields the flow carries."
                : $": a setter for each field {DocText.Inline(group.Id)} owns; the copies it receives are read-only."))
            .WriteTo(writer);

        string kind = group.IsFlow ? "Flow" : "System";
        writer.Line($"[global::SorAnalyzers.SorView({CSharpLiteral.String(view.Entity)}, {kind} = {CSharpLiteral.String(group.Id)})]");
        writer.Line(SourceFile.GeneratedCodeAttribute);
        writer.Open("public sealed class " + view.Identifier);

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

        foreach (ViewPropertyPlan property in view.Properties)
        {
            writer.Line();
            WriteProperty(writer, plan, view, property);
        }

        writer.Close();
    }

    private static void WriteProperty(CodeWriter writer, ModelPlan plan, ViewPlan view, ViewPropertyPlan property)
    {
        FieldDocs.Property(view.Entity, property).WriteTo(writer);
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
            writer.Line($"set => {ModelPlanner.RecordMember}.Set({property.DescriptorPath}, value{(nullable ? "!" : string.Empty)});");
        }

        writer.Close();
    }
}
