using System;
using System.Collections.Generic;
using System.Linq;

namespace SorAnalyzers.Testing;

/// <summary>
/// A model cut into several files at its top-level sections, as a team would split it: the header and
/// systems, the entities, the flows. Each part starts with <c>sor: 1</c>; read in the order of their
/// names (the reader's order), the parts declare exactly what the whole does, in the same order.
/// </summary>
public static class SplitModels
{
    /// <summary>The parts of <paramref name="model"/> as (file name, text): "1-systems.sor.yaml", "2-entities.sor.yaml", "3-flows.sor.yaml".</summary>
    public static IReadOnlyList<(string Name, string Text)> Split(string model)
    {
        string[] lines = model.Replace("\r\n", "\n").Split('\n');
        int entities = Array.FindIndex(lines, l => l.StartsWith("entities:", StringComparison.Ordinal));
        int flows = Array.FindIndex(lines, l => l.StartsWith("flows:", StringComparison.Ordinal));
        if (entities < 0 || flows < entities)
        {
            throw new ArgumentException("The model must have its 'entities:' section before 'flows:' to be split.", nameof(model));
        }

        return new[]
        {
            ("1-systems.sor.yaml", string.Join("\n", lines.Take(entities)) + "\n"),
            ("2-entities.sor.yaml", "sor: 1\n" + string.Join("\n", lines.Skip(entities).Take(flows - entities)) + "\n"),
            ("3-flows.sor.yaml", "sor: 1\n" + string.Join("\n", lines.Skip(flows))),
        };
    }
}
