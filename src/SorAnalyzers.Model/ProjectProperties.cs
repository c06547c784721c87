namespace SorAnalyzers.Model;

/// <summary>
/// The MSBuild properties the package hands to the compiler (as <c>build_property.X</c> global options) that the
/// generator and the analyzers read: one home for their keys and for how a context id set there is read.
/// </summary>
public static class ProjectProperties
{
    /// <summary>The namespace of the generated code when the model names none.</summary>
    public const string RootNamespaceKey = "build_property.RootNamespace";

    /// <summary>The system whose own code the whole assembly is (<c>&lt;SorSystem&gt;crm&lt;/SorSystem&gt;</c>).</summary>
    public const string SystemKey = "build_property.SorSystem";

    /// <summary>The flow the whole assembly implements (<c>&lt;SorFlow&gt;billing-to-crm&lt;/SorFlow&gt;</c>).</summary>
    public const string FlowKey = "build_property.SorFlow";

    /// <summary>Which view classes the generator emits: <c>used</c> (the default) or <c>all</c>.</summary>
    public const string ViewsKey = "build_property.SorViews";

    /// <summary>A system or flow id as the property sets it: trimmed, or null when unset or blank.</summary>
    public static string? ContextId(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
