using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Violations;

/// <summary>
/// A hand-written DTO mapped to model fields: a write to a member marked [SorModelField] is checked like a
/// write to the field itself (the generated views' setters cannot even be called for a copy: CS0200).
/// </summary>
public sealed class AccountRow
{
    [SorModelField("Account", "Name")] public string? Name { get; set; }

    [SorModelField("Account", "Arr")] public decimal Arr { get; set; }

    [SorModelField("Account", "Arr")] public decimal ArrField;

    [SorModelField("Account", "RenewalRisk")] public bool? RenewalRisk { get; set; }
}

public sealed record AccountSnapshot
{
    [SorModelField("Account", "Arr")] public decimal Arr { get; init; }
}

/// <summary>The team's own helpers: [SorWrites] makes each call a checked write of the named field.</summary>
public static class Ledger
{
    public static void Post<T>(SorRecord record, [SorWrites] SorField<T> field, T value) => record.Set(field, value);

    public static void Zero(ref decimal value) => value = 0m;

    public static void Read(out decimal value) => value = 1m;
}
