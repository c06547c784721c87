using System;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// A writing context as a diagnostic carries it to the code fixes (<see cref="WriteProperties.Contexts"/>):
/// "system:crm" or "flow:billing-to-crm". The one place that writes, reads and names that encoding.
/// </summary>
internal readonly struct ContextKey
{
    private ContextKey(bool isFlow, string id)
    {
        IsFlow = isFlow;
        Id = id;
    }

    public bool IsFlow { get; }

    public string Id { get; }

    private const string SystemPrefix = "system:";
    private const string FlowPrefix = "flow:";

    public static ContextKey System(string id) => new(false, id);

    public static ContextKey Flow(string id) => new(true, id);

    /// <summary>The attribute that declares this context: <c>SorSystem</c> or <c>SorFlow</c>.</summary>
    public string AttributeName => IsFlow ? "SorFlow" : "SorSystem";

    /// <summary><c>[SorFlow("billing-to-crm")]</c>, as shown in a code fix's title.</summary>
    public string AttributeText => $"[{AttributeName}(\"{Id}\")]";

    public string Encode() => (IsFlow ? FlowPrefix : SystemPrefix) + Id;

    public static bool TryParse(string encoded, out ContextKey key)
    {
        if (encoded.StartsWith(FlowPrefix, StringComparison.Ordinal))
        {
            key = Flow(encoded.Substring(FlowPrefix.Length));
            return true;
        }

        if (encoded.StartsWith(SystemPrefix, StringComparison.Ordinal))
        {
            key = System(encoded.Substring(SystemPrefix.Length));
            return true;
        }

        key = default;
        return false;
    }

    public override string ToString() => Encode();
}
