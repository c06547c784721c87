using System.Collections.Generic;
using SorAnalyzers;

namespace Contoso.RevOps.Model;

/// <summary>One system's records by entity and id: the stand-in for its API that both services share.</summary>
public sealed class RecordStore(string system)
{
    private readonly Dictionary<(string Entity, string Id), SorRecord> _records = new();

    public string System { get; } = system;

    public SorRecord GetOrAdd(string entity, string id)
    {
        if (!_records.TryGetValue((entity, id), out SorRecord? record))
        {
            record = new SorRecord(entity);
            _records.Add((entity, id), record);
        }

        return record;
    }
}
