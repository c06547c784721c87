using System;

namespace SorAnalyzers;

/// <summary>
/// Marks an assembly that holds the generated API of an ownership model. The generator adds it to the
/// project that generates the model's code; a project that references that assembly and sees the same
/// model uses the referenced API and generates no second copy (no CS0436). Not meant to be written by hand.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class SorGeneratedModelAttribute : Attribute
{
    /// <summary>Marks the assembly as holding the generated API of one model.</summary>
    /// <param name="namespace">The namespace the model's code was generated into (<c>"Contoso.RevOps"</c>).</param>
    /// <param name="modelHash">The content hash of the model text the code was generated from.</param>
    public SorGeneratedModelAttribute(string @namespace, string modelHash)
    {
        Namespace = @namespace;
        ModelHash = modelHash;
    }

    /// <summary>The namespace the model's code was generated into.</summary>
    public string Namespace { get; }

    /// <summary>The content hash of the model text the code was generated from.</summary>
    public string ModelHash { get; }
}
