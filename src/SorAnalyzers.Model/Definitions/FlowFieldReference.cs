using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Definitions;

/// <summary>
/// One entry of a flow's <c>fields</c> list as written (<c>Account.Arr</c> or <c>Account.*</c>),
/// with its place in the text so that errors and code fixes can find it.
/// </summary>
public sealed record FlowFieldReference(string Entity, string Field, ModelSpan Span)
{
    public bool IsWildcard => Field == "*";

    public string Text => Entity + "." + Field;
}
