using System;
using BenchmarkDotNet.Attributes;
using Contoso.RevOps;
using SorAnalyzers;

namespace SorAnalyzers.Benchmarks;

/// <summary>
/// Applying a flow (generated <c>ApplyFrom</c>, crm-to-bi's six Account fields) against a hand-written
/// copy of the same six fields. Each call copies twice, from two CRM records whose every field differs,
/// so each field is really written each time (a copy of equal values would be cheaper than a write).
/// </summary>
[MemoryDiagnoser]
public class FlowApplicationBenchmarks
{
    private SorRecord _first = null!;
    private SorRecord _second = null!;
    private SorRecord _target = null!;
    private SorRecord _audited = null!;
    private CountingSink _sink = null!;

    [GlobalSetup]
    public void Setup()
    {
        _first = Account("Acme Corp", "Dana Rep", "EMEA", 48_000m, AccountHealthStatus.Red, true);
        _second = Account("Globex", "Sam Rep", "AMER", 12_500m, AccountHealthStatus.Green, false);
        _target = new SorRecord("Account", "acme");
        _sink = new CountingSink();
        _audited = new SorChangeSet(_sink).Attach(new SorRecord("Account", "acme"));

        // A benchmark that copies nothing would measure the wrong thing.
        if (ApplyFrom().Changes.Count != 6 || HandCopy() != _target || ApplyFromAudited().Changes.Count != 6 || _sink.Count != 12)
        {
            throw new InvalidOperationException("The flow application under benchmark does not write the six fields.");
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written copy (record Get/Set, no rules)")]
    public SorRecord HandCopy()
    {
        Copy(_first, _target);
        Copy(_second, _target);
        return _target;
    }

    [Benchmark(Description = "hand-written copy through the flow view's setters (rule per field)")]
    public SorRecord ViewSetters()
    {
        Assign(new Contoso.RevOps.Crm.Account(_first), new Contoso.RevOps.Flows.CrmToBi.Account(_target));
        Assign(new Contoso.RevOps.Crm.Account(_second), new Contoso.RevOps.Flows.CrmToBi.Account(_target));
        return _target;
    }

    [Benchmark(Description = "ApplyFrom (generated), no change set")]
    public SorFlowApplication ApplyFrom()
    {
        var view = new Contoso.RevOps.Flows.CrmToBi.Account(_target);
        view.ApplyFrom(new Contoso.RevOps.Crm.Account(_first));
        return view.ApplyFrom(new Contoso.RevOps.Crm.Account(_second));
    }

    [Benchmark(Description = "ApplyFrom (generated), change set: loop guard + audit entries")]
    public SorFlowApplication ApplyFromAudited()
    {
        var view = new Contoso.RevOps.Flows.CrmToBi.Account(_audited);
        view.ApplyFrom(new Contoso.RevOps.Crm.Account(_first));
        return view.ApplyFrom(new Contoso.RevOps.Crm.Account(_second));
    }

    private static void Copy(SorRecord source, SorRecord target)
    {
        target.Set(SorFields.Account.Name, source.Get(SorFields.Account.Name)!);
        target.Set(SorFields.Account.Owner, source.Get(SorFields.Account.Owner)!);
        target.Set(SorFields.Account.Territory, source.Get(SorFields.Account.Territory)!);
        target.Set(SorFields.Account.Arr, source.Get(SorFields.Account.Arr));
        target.Set(SorFields.Account.HealthStatus, source.Get(SorFields.Account.HealthStatus));
        target.Set(SorFields.Account.RenewalRisk, source.Get(SorFields.Account.RenewalRisk));
    }

    private static void Assign(Contoso.RevOps.Crm.Account source, Contoso.RevOps.Flows.CrmToBi.Account target)
    {
        target.Name = source.Name;
        target.Owner = source.Owner;
        target.Territory = source.Territory;
        target.Arr = source.Arr;
        target.HealthStatus = source.HealthStatus;
        target.RenewalRisk = source.RenewalRisk;
    }

    private static SorRecord Account(string name, string owner, string territory, decimal arr, AccountHealthStatus health, bool risk)
    {
        var record = new SorRecord("Account");
        new Contoso.RevOps.Crm.Account(record) { Name = name, Owner = owner, Territory = territory };
        record.Set(SorFields.Account.Arr, arr);
        record.Set(SorFields.Account.HealthStatus, health);
        record.Set(SorFields.Account.RenewalRisk, risk);
        return record;
    }

    /// <summary>Takes every entry and keeps none: the cost measured is making the entries, not storing them.</summary>
    private sealed class CountingSink : ISorAuditSink
    {
        public int Count { get; private set; }

        public void Write(SorAuditEntry entry) => Count++;
    }
}
