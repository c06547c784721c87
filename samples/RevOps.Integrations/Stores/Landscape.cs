namespace Contoso.RevOps.Integrations.Stores;

/// <summary>The five systems of Contoso's revenue stack, one store each.</summary>
public sealed class Landscape
{
    public SystemStore Crm { get; } = new(SorSystems.Crm);

    public SystemStore Billing { get; } = new(SorSystems.Billing);

    public SystemStore Marketing { get; } = new(SorSystems.Marketing);

    public SystemStore Cs { get; } = new(SorSystems.Cs);

    public SystemStore Bi { get; } = new(SorSystems.Bi);
}
