using System;

namespace SorAnalyzers;

/// <summary>
/// Declares that the code it marks is integration code moving data along one flow of the ownership
/// model: such code may write into the flow's target only the fields the flow carries. The nearest
/// declaration wins (a lambda or local function, the member, then the type, then the assembly); a
/// lambda or local function without one inherits the context of the code that contains it.
/// </summary>
[AttributeUsage(
    AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct |
    AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor,
    AllowMultiple = false,
    Inherited = false)]
public sealed class SorFlowAttribute : Attribute
{
    /// <summary>Declares the flow along which the marked code moves data.</summary>
    /// <param name="id">The flow id as written in the model (<c>"billing-to-crm"</c>).</param>
    public SorFlowAttribute(string id)
    {
        // No argument check: an attribute that throws breaks reflection; the analyzers report a bad id.
        Id = id;
    }

    /// <summary>The flow id as written in the model.</summary>
    public string Id { get; }
}
