using System.Collections.Generic;
using System.Text.RegularExpressions;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Diagnostics;

namespace SorAnalyzers.Model.Reading;

/// <summary>Reads the <c>systems</c> map.</summary>
internal sealed class SystemsReader
{
    private static readonly string[] Keys = { "title", "businessOwner", "technicalOwner", "description", "readOnly" };
    private static readonly Regex IdPattern = new("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant);

    private readonly DiagnosticBag _diagnostics;

    public SystemsReader(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    /// <summary>The systems that are valid, in document order.</summary>
    public List<SystemDefinition> Valid { get; } = new();

    /// <summary>Every declared id, valid or not: a broken system must not also be called "unknown".</summary>
    public HashSet<string> KnownIds { get; } = new();

    /// <summary>Set when the systems could not be read at all: then no name is reported as unknown.</summary>
    public bool TrustAllIds { get; set; }

    /// <summary>Whether an id names a declared system, valid or broken (never reported as unknown).</summary>
    public bool IsDeclared(string id) => TrustAllIds || KnownIds.Contains(id);

    public SystemsReader Read(YamlMapping? systems)
    {
        if (systems is null)
        {
            return this;
        }

        var names = new NameRegistry("System id", _diagnostics);
        foreach (YamlEntry entry in systems.Value)
        {
            YamlScalar id = entry.Key;
            KnownIds.Add(id.Value);
            bool valid = true;
            if (!IdPattern.IsMatch(id.Value))
            {
                _diagnostics.Add(ModelRules.InvalidSystemId, id.Span, null, id.Value);
                valid = false;
            }
            else
            {
                valid = names.TryAdd(id);
            }

            // A system may be written with no properties at all ("crm:"); that is a valid, plain system.
            ModelSection? section = null;
            if (!entry.Value.IsNull)
            {
                if (!ModelSection.IsMapping(entry.Value, $"System '{id.Value}'", _diagnostics, out YamlMapping mapping))
                {
                    continue;
                }

                section = new ModelSection(mapping, $"system '{id.Value}'", Keys, _diagnostics);
            }

            bool readOnly = section?.Flag("readOnly") ?? false;
            if (valid)
            {
                Valid.Add(new SystemDefinition(
                    id.Value,
                    section?.Text("title"),
                    section?.Text("businessOwner"),
                    section?.Text("technicalOwner"),
                    section?.Text("description"),
                    readOnly,
                    id.Span));
            }
        }

        return this;
    }
}
