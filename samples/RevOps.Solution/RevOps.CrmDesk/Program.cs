using System;
using Contoso.RevOps;
using Contoso.RevOps.Model;

// Salesforce's integration service: sales operations open and reassign accounts.
var crm = new RecordStore(SorSystems.Crm);
var account = crm.GetOrAdd("Account", "acme");

Contoso.RevOps.CrmDesk.AccountDesk.Open(account, "Acme Corp", "alice");
Contoso.RevOps.CrmDesk.AccountDesk.Reassign(account, "bob");

var view = new Contoso.RevOps.Crm.Account(account);
Console.WriteLine($"{view.Name} is looked after by {view.Owner} (owner of the field: {SorFields.Account.Owner.Owner})");
Console.WriteLine($"Generated API from {typeof(SorFields).Assembly.GetName().Name}");
