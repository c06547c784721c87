using SorAnalyzers.Generator.Plan;
using SorAnalyzers.Model;

namespace SorAnalyzers.Generator.Emit;

/// <summary>What the docs of a descriptor or a view property say: the model's answer to "who owns this, and which way does it flow".</summary>
internal static class FieldDocs
{
    // ", personal data, required, immutable: …" for each combination of the three flags (pii 1, required 2, immutable 4).
    private static readonly string[] Traits =
    {
        string.Empty,
        ", personal data",
        ", required",
        ", personal data, required",
        ", immutable: once set, never overwritten",
        ", personal data, immutable: once set, never overwritten",
        ", required, immutable: once set, never overwritten",
        ", personal data, required, immutable: once set, never overwritten",
    };

    public static void Descriptor(CodeWriter writer, FieldPlan field)
    {
        DocComment doc = writer.Doc();
        Key(doc.Paragraph(), field.Entity, field.Name).Append(" (").DocInline(field.Type.ModelName).Append(')')
            .Append(Traits[(field.Pii ? 1 : 0) | (field.Required ? 2 : 0) | (field.Immutable ? 4 : 0)]).Append('.');
        doc.EndParagraph();
        doc.Text(field.Description)
            .Text("Owner: ", field.OwnerText, ".")
            .Text("Direction: ", field.Direction, ".");
        HeldBy(doc, field.HeldBy);
        doc.Text("Called, in each system: ", field.SystemNames, ".")
            .Text("Deprecated: ", field.Deprecated)
            .End();
    }

    public static void Property(CodeWriter writer, string entity, ViewPropertyPlan property)
    {
        DocComment doc = writer.Doc();
        Key(doc.Paragraph(), entity, property.FieldName).Append(" (").DocInline(property.Type.ModelName).Append(").");
        doc.EndParagraph();
        doc.Text(property.Description)
            .Text("Owner: ", property.OwnerText, ".")
            .Text("Direction: ", property.Direction, ".")
            .Text(property.Access)
            .Text("Deprecated: ", property.Deprecated)
            .End();
    }

    /// <summary><c>&lt;c&gt;Account.Arr&lt;/c&gt;</c>: the field's key, escaped as one text.</summary>
    private static CodeWriter Key(CodeWriter writer, string entity, string name)
    {
        writer.Append("<c>");
        if (DocText.IsPlain(entity) && DocText.IsPlain(name))
        {
            writer.Append(entity).Append('.').Append(name);
        }
        else
        {
            writer.DocInline(entity + "." + name);
        }

        return writer.Append("</c>");
    }

    /// <summary>"Held by: crm, billing." (the joined ids, escaped as one text), or nothing when that is empty.</summary>
    private static void HeldBy(DocComment doc, EquatableArray<string> systems)
    {
        bool plain = systems.Count > 0;
        foreach (string system in systems)
        {
            plain &= DocText.IsPlain(system);
        }

        if (!plain)
        {
            doc.Text("Held by: ", string.Join(", ", systems), ".");
            return;
        }

        CodeWriter writer = doc.Paragraph().Append("Held by: ");
        for (int i = 0; i < systems.Count; i++)
        {
            if (i > 0)
            {
                writer.Append(", ");
            }

            writer.Append(systems[i]);
        }

        writer.Append('.');
        doc.EndParagraph();
    }
}
