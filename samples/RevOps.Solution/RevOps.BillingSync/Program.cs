using System;
using Contoso.RevOps;
using Contoso.RevOps.Model;

// Chargebee's integration service: bills a subscription, then runs the hourly billing-to-crm sync.
var billing = new RecordStore(SorSystems.Billing);
var crm = new RecordStore(SorSystems.Crm);

Contoso.RevOps.BillingSync.Ledger.Subscribe(billing.GetOrAdd("Account", "acme"), 1000m);
Contoso.RevOps.BillingSync.BillingToCrmSync.Run(billing, crm, "acme");

Console.WriteLine($"Salesforce sees ARR {new Contoso.RevOps.Crm.Account(crm.GetOrAdd("Account", "acme")).Arr} (owner: {SorFields.Account.Arr.Owner})");
Console.WriteLine($"Generated API from {typeof(SorFields).Assembly.GetName().Name}");
