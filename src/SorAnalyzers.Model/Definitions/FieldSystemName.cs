using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Definitions;

/// <summary>
/// One system's own name for a field (<c>names: { billing: metadata.arr }</c>): an API field name, a
/// property-bag key, a custom-field id. A dotted name <c>member.key</c> is the key <c>key</c> of the
/// string-keyed bag member <c>member</c> (Stripe's <c>Metadata["arr"]</c>).
/// </summary>
public sealed record FieldSystemName(string System, string Name, ModelSpan Span)
{
    /// <summary>The bag member of a dotted name ("metadata" in "metadata.arr"), or null.</summary>
    public string? BagMember => Name.IndexOf('.') is var dot and > 0 ? Name.Substring(0, dot) : null;

    /// <summary>The key in the bag of a dotted name ("arr" in "metadata.arr"), or the whole name.</summary>
    public string Key => Name.IndexOf('.') is var dot and > 0 ? Name.Substring(dot + 1) : Name;
}
