using System.Collections.Generic;
using Contoso.RevOps.Integrations.Warehouse;
using Microsoft.EntityFrameworkCore;
using Riok.Mapperly.Abstractions;
using SorAnalyzers;
using Stripe;

namespace Contoso.RevOps.Integrations.Violations;

/// <summary>
/// The CRM's code editing billing's facts in Stripe.net's options: bound to billing (Bindings.cs), so the writes
/// land in billing, and crm writes only into crm.
/// </summary>
[SorSystem(SorSystems.Crm)]
public static class CrmEditsStripe
{
    public static CustomerUpdateOptions Discount() => new() { Metadata = new Dictionary<string, string> { ["arr"] = "0" } }; // error SOR0104@107

    public static void Postpone(SubscriptionUpdateOptions options) => options.Metadata["renewal_date"] = "2028-01-01"; // error SOR0104@71
}

/// <summary>The warehouse's own code "fixing" ARR in its EF Core entity: bi owns nothing, it holds copies.</summary>
[SorSystem(SorSystems.Bi)]
public static class WarehouseFixesArr
{
    public static void Patch(WarehouseAccount account) => account.Arr = 0m; // error SOR0101@59

    public static int PatchAll(WarehouseDb db) => db.Accounts.ExecuteUpdate(s => s.SetProperty(a => a.Arr, 0m)); // error SOR0101@82
}

/// <summary>A correction, as a plain DTO.</summary>
public sealed record ArrCorrection(decimal Arr);

/// <summary>
/// A Mapperly mapper along crm-to-cs that updates the warehouse's row: the write Mapperly generates lands in bi,
/// and a flow writes only into its target. Reported here, at the mapping method (the generated file is not yours to edit).
/// </summary>
[Mapper]
[SorFlow(SorFlows.CrmToCs)]
public static partial class CsCorrectsWarehouse
{
    [MapperRequiredMapping(RequiredMappingStrategy.Source)]
    public static partial void Correct(ArrCorrection correction, [MappingTarget] WarehouseAccount account); // error SOR0130@32
}
