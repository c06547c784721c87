using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Stores;

/// <summary>The five systems of Contoso's revenue stack, one store each, and the run's change set.</summary>
public sealed class Landscape
{
    public Landscape(SorChangeSet changes)
    {
        Changes = changes;
        Crm = new(SorSystems.Crm, changes);
        Billing = new(SorSystems.Billing, changes);
        Marketing = new(SorSystems.Marketing, changes);
        Cs = new(SorSystems.Cs, changes);
        Bi = new(SorSystems.Bi, changes);
    }

    /// <summary>The run: audits every write and keeps flows from sending a value back where it came from.</summary>
    public SorChangeSet Changes { get; }

    public SystemStore Crm { get; }

    public SystemStore Billing { get; }

    public SystemStore Marketing { get; }

    public SystemStore Cs { get; }

    public SystemStore Bi { get; }
}
