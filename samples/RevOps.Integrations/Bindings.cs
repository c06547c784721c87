using Contoso.RevOps;
using SorAnalyzers;
using Stripe;

// The third-party types the jobs write, bound to the model: a write to one of their members (or to a key of
// their Metadata) is checked like a write through that system's view. Which member or key is which field comes
// from the model: a field's `names:` (Account.Arr is `metadata.arr` in billing), else the field's own name.
// The warehouse's EF Core entity binds itself (Warehouse/WarehouseAccount.cs).
[assembly: SorBinding(typeof(CustomerUpdateOptions), SorSystems.Billing, "Account")]
[assembly: SorBinding(typeof(SubscriptionUpdateOptions), SorSystems.Billing, "Subscription")]
