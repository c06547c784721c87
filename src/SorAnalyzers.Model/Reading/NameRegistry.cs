using System.Collections.Generic;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Model.Reading;

/// <summary>
/// Checks that names of one kind (systems, entities, the fields of one entity…) become valid and
/// distinct C# identifiers: 'lead-source' and 'lead_source' would both be 'LeadSource'.
/// Entity and field names must also be free of '.': they form the key "Entity.Field", and the runtime
/// refuses a name with a dot (the generated descriptor would throw on first use).
/// </summary>
internal sealed class NameRegistry
{
    private string _kind;
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _isKeyPart;
    private readonly Dictionary<string, YamlScalar> _byIdentifier = new();

    public NameRegistry(string kind, DiagnosticBag diagnostics, bool isKeyPart = false)
    {
        _kind = kind;
        _diagnostics = diagnostics;
        _isKeyPart = isKeyPart;
    }

    /// <summary>Forgets the names registered so far, to check names of another <paramref name="kind"/> (one registry serves every entity's fields in turn).</summary>
    public NameRegistry Restart(string kind)
    {
        _kind = kind;
        _byIdentifier.Clear();
        return this;
    }

    /// <summary>Registers a name; false (after reporting) when it cannot be used in generated code.</summary>
    public bool TryAdd(YamlScalar name)
    {
        string identifier = CSharpName.From(name.Value);
        if (!CSharpName.IsIdentifier(identifier) || (_isKeyPart && name.Value.IndexOf('.') >= 0))
        {
            _diagnostics.Add(ModelRules.InvalidName, name.Span, null, _kind, name.Value);
            return false;
        }

        if (_byIdentifier.TryGetValue(identifier, out YamlScalar first))
        {
            _diagnostics.AddDuplicate(ModelRules.NameCollision, name.Span, first.Span, _kind, first.Value, name.Value, identifier);
            return false;
        }

        _byIdentifier.Add(identifier, name);
        return true;
    }
}
