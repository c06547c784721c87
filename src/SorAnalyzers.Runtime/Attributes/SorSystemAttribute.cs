using System;

namespace SorAnalyzers;

/// <summary>
/// Declares that the code it marks makes the writes of one system of the ownership model: such code
/// may write only the fields that system owns. The nearest declaration wins (a lambda or local function,
/// the member, then the type, then the assembly); a lambda or local function without one inherits the
/// context of the code that contains it.
/// </summary>
[AttributeUsage(
    AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct |
    AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor,
    AllowMultiple = false,
    Inherited = false)]
public sealed class SorSystemAttribute : Attribute
{
    /// <summary>Declares the system whose writes the marked code makes.</summary>
    /// <param name="id">The system id as written in the model (<c>"crm"</c>).</param>
    public SorSystemAttribute(string id)
    {
        // No argument check: an attribute that throws breaks reflection; the analyzers report a bad id.
        Id = id;
    }

    /// <summary>The system id as written in the model.</summary>
    public string Id { get; }
}
