using System.Collections.Generic;
using SorAnalyzers.Generator.Plan;

namespace SorAnalyzers.Generator.Emit;

/// <summary>What the docs of a descriptor or a view property say: the model's answer to "who owns this, and which way does it flow".</summary>
internal static class FieldDocs
{
    public static DocComment Descriptor(FieldPlan field)
    {
        var doc = new DocComment()
            .Xml("<c>" + DocText.Inline(field.Key) + "</c> (" + DocText.Inline(field.Type.ModelName) + ")" + Traits(field.Pii, field.Required, field.Immutable) + ".")
            .Text(field.Description)
            .Text("Owner: ", field.OwnerText, ".")
            .Text("Direction: ", field.Direction, ".")
            .Text("Held by: ", string.Join(", ", field.HeldBy), ".")
            .Text("Called, in each system: ", field.SystemNames, ".");
        return Deprecated(doc, field.Deprecated);
    }

    public static DocComment Property(string entity, ViewPropertyPlan property) =>
        Deprecated(
            new DocComment()
                .Xml("<c>" + DocText.Inline(entity + "." + property.FieldName) + "</c> (" + DocText.Inline(property.Type.ModelName) + ").")
                .Text(property.Description)
                .Text("Owner: ", property.OwnerText, ".")
                .Text("Direction: ", property.Direction, ".")
                .Text(property.Access),
            property.Deprecated);

    private static DocComment Deprecated(DocComment doc, string? message) => doc.Text("Deprecated: ", message);

    private static string Traits(bool pii, bool required, bool immutable)
    {
        var traits = new List<string>();
        if (pii)
        {
            traits.Add("personal data");
        }

        if (required)
        {
            traits.Add("required");
        }

        if (immutable)
        {
            traits.Add("immutable: once set, never overwritten");
        }

        return traits.Count == 0 ? string.Empty : ", " + string.Join(", ", traits);
    }
}
