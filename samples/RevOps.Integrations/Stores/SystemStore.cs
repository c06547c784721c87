using System.Collections.Generic;
using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Stores;

/// <summary>
/// Stands in for one SaaS system's API (Salesforce, Chargebee, …): records by entity and id.
/// A real integration would call the system's REST API here; the ownership rules are the same.
/// Every record is attached to the run's change set, so every write to it is audited.
/// </summary>
public sealed class SystemStore
{
    private readonly Dictionary<(string Entity, string Id), SorRecord> _records = new();
    private readonly SorChangeSet _changes;

    public SystemStore(string systemId, SorChangeSet changes)
    {
        SystemId = systemId;
        _changes = changes;
    }

    public string SystemId { get; }

    public SorRecord GetOrAdd(string entity, string id)
    {
        if (!_records.TryGetValue((entity, id), out SorRecord? record))
        {
            _records[(entity, id)] = record = _changes.Attach(new SorRecord(entity, id));
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
