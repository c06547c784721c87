using System.Collections.Generic;
using System.Globalization;
using SorAnalyzers;
using Stripe;

namespace Contoso.RevOps.Integrations.Payments;

/// <summary>
/// Billing's facts on the payment side: the Stripe customer and subscription carry ARR and the renewal terms as
/// metadata. The options are Stripe.net's own request types, bound to billing's records (Bindings.cs): built here
/// and handed to <c>CustomerService.Update</c>/<c>SubscriptionService.Update</c> in production; the sample runs
/// offline and only prints them.
/// </summary>
[SorSystem(SorSystems.Billing)]
public static class StripeUpdates
{
    public static CustomerUpdateOptions Customer(Billing.Account account) => new()
    {
        Metadata = new Dictionary<string, string> { ["arr"] = account.Arr.ToString(CultureInfo.InvariantCulture) },
    };

    public static SubscriptionUpdateOptions Subscription(Billing.Subscription subscription)
    {
        var options = new SubscriptionUpdateOptions { Metadata = new Dictionary<string, string>() };
        options.Metadata["renewal_date"] = subscription.RenewalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        options.Metadata.Add("monthly_amount", subscription.Amount.ToString(CultureInfo.InvariantCulture));
        return options;
    }
}
