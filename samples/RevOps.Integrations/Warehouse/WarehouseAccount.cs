using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Warehouse;

/// <summary>
/// The warehouse's table of accounts (Snowflake in production, SQLite here), an EF Core entity: the bi system's
/// copy of Account. Its members are the model's fields by name; <see cref="Id"/> is no field (the binding is not
/// declared complete, so writing it is not a model write).
/// </summary>
[SorBinding(SorSystems.Bi, "Account")]
public sealed class WarehouseAccount
{
    public string Id { get; set; } = string.Empty;

    public string? Name { get; set; }

    public string? Owner { get; set; }

    public string? Territory { get; set; }

    public decimal Arr { get; set; }

    public string? HealthStatus { get; set; }

    public bool RenewalRisk { get; set; }
}
