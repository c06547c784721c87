namespace SorAnalyzers.Model.Definitions;

/// <summary>
/// A system holds a field: it owns it (<see cref="ViaFlow"/> is null), or a flow delivers it there
/// from a system that holds it (a relay when that system is not the owner either).
/// </summary>
public sealed record FieldHolding(string FieldKey, string System, string? ViaFlow)
{
    public bool IsOwner => ViaFlow is null;
}
