using System.Collections.Generic;
using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Stores;

/// <summary>
/// Stands in for one SaaS system's API (Salesforce, Chargebee, …): records by entity and id.
/// A real integration would call the system's REST API here; the ownership rules are the same.
/// </summary>
public sealed class SystemStore
{
    private readonly Dictionary<(string Entity, string Id), SorRecord> _records = new();

    public SystemStore(string systemId) => SystemId = systemId;

    public string SystemId { get; }

    public SorRecord GetOrAdd(string entity, string id)
    {
        if (!_records.TryGetValue((entity, id), out SorRecord? record))
        {
            _records[(entity, id)] = record = new SorRecord(entity);
        }

        return record;
    }

    public IEnumerable<(string Id, SorRecord Record)> All(string entity)
    {
        foreach (KeyValuePair<(string Entity, string Id), SorRecord> entry in _records)
        {
            if (entry.Key.Entity == entity)
            {
                yield return (entry.Key.Id, entry.Value);
            }
        }
    }
}
