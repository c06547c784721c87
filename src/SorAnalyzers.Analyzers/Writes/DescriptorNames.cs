using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Naming;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// The generated descriptors of an entity by member name (<see cref="GeneratedNames.DescriptorFields"/>), worked out
/// once per model, not once per compilation: the model is shared by every compilation of its text (the model
/// cache), and naming an entity's fields claims every name in a scope, which the first write of each entity paid in
/// every build. Kept with the entity, so it goes when the model does.
/// </summary>
internal static class DescriptorNames
{
    private static readonly ConditionalWeakTable<EntityDefinition, ConcurrentDictionary<string, IReadOnlyDictionary<string, FieldDefinition>>> ByEntity = new();

    /// <summary>The descriptors of <paramref name="entity"/> in the class named <paramref name="className"/>.</summary>
    public static IReadOnlyDictionary<string, FieldDefinition> Of(EntityDefinition entity, string className)
        => ByEntity.GetValue(entity, static _ => new ConcurrentDictionary<string, IReadOnlyDictionary<string, FieldDefinition>>())
            .GetOrAdd(className, name => GeneratedNames.DescriptorFields(entity, name));
}
