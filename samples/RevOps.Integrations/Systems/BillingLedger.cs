using System;
using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Systems;

/// <summary>Chargebee's side: subscriptions, invoices, and the ARR they add up to.</summary>
[SorSystem(SorSystems.Billing)]
public static class BillingLedger
{
    public static void Subscribe(SorRecord accountRecord, SorRecord subscriptionRecord, decimal monthlyAmount, DateOnly renewal)
    {
        var subscription = new Billing.Subscription(subscriptionRecord);
        subscription.Amount = monthlyAmount;
        subscription.RenewalDate = renewal;
        subscription.InvoiceStatus = SubscriptionInvoiceStatus.Open;

        // ARR is billing's fact: it is computed here and nowhere else.
        new Billing.Account(accountRecord).Arr = monthlyAmount * 12;
    }

    public static void MarkPaid(SorRecord subscriptionRecord)
        => new Billing.Subscription(subscriptionRecord).InvoiceStatus = SubscriptionInvoiceStatus.Paid;
}
