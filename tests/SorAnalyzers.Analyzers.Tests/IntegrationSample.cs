namespace SorAnalyzers.Analyzers.Tests;

/// <summary>A realistic integration file against <see cref="TestModel"/>: every context form and every write form, allowed and not.</summary>
internal static class IntegrationSample
{
    public const string Source = """
        using System;
        using System.Collections.Generic;
        using SorAnalyzers;
        using Contoso.RevOps;

        [assembly: SorSystem("crm")]

        namespace Contoso.Integration
        {
            /// <summary>Copies ARR from billing into the CRM every hour.</summary>
            [SorFlow("billing-to-crm")]
            public sealed class BillingToCrmSync
            {
                private static readonly SorField<decimal> Revenue = SorFields.Account.Arr;

                public void Apply(Contoso.RevOps.Flows.BillingToCrm.Account target, SorRecord crmRecord, IReadOnlyList<decimal> invoices)
                {
                    decimal total = 0;
                    foreach (decimal invoice in invoices)
                    {
                        total += invoice;
                    }

                    target.Arr = total;
                    crmRecord.Set(Revenue, total);
                    crmRecord.Set("Account.Arr", total);
                    crmRecord.Set(SorFields.Account.Name, "not carried");
                    Action later = () => crmRecord.Set(SorFields.Account.Arr, total);
                    later();
                }
            }

            public sealed class CrmService
            {
                public AccountDto Create(string name, decimal arr) => new AccountDto { Name = name, Arr = arr };

                public AccountSnapshot Rename(AccountSnapshot snapshot, string name) => snapshot with { Name = name, Arr = 0 };

                [SorSystem("billing")]
                public void Bill(AccountDto dto, decimal amount)
                {
                    dto.Arr += amount;
                    dto.Arr++;
                    (dto.Arr, dto.Name) = (amount, "billing cannot name accounts");
                    Integration.Reset(ref dto.ArrField);
                    Integration.Produce(out dto.ArrField);
                    Integration.Push(SorFields.Account.Arr, amount);
                    Integration.PushKey("Account.Arr", amount);
                    var field = SorFields.Account.Arr;
                    Integration.Push(field, amount);
                    dto.Health ??= "Green";
                    var legacy = dto.LegacyId;
                    Local(dto);

                    static void Local(AccountDto d) => d.Arr = 1m;
                }

                [SorFlow("crm-to-cs")]
                public void Copy(Contoso.RevOps.Crm.Account source, Contoso.RevOps.Cs.Account target)
                {
                    target.Name = source.Name;
                    target.Arr = source.Arr;
                    source.Name = "back into the source";
                }

                [SorSystem("crn")]
                public void Typo(AccountDto dto) => dto.Name = "x";

                [SorSystem("cs")]
                [SorFlow("cs-to-crm")]
                public void Both(AccountDto dto) => dto.Health = "Red";

                public decimal Arr
                {
                    get => 0;
                    set => new AccountDto().Arr = value;
                }
            }
        }
        """;
}
