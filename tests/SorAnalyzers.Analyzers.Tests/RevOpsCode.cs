namespace SorAnalyzers.Analyzers.Tests;

/// <summary>
/// Hand-written equivalents of what the generator emits for <see cref="TestModel"/>: descriptors and
/// views marked with the runtime's attributes (the analyzers recognise fields only through those), plus a
/// DTO a user might write.
/// </summary>
internal static class RevOpsCode
{
    public const string Path = "/0/RevOps.g.cs";

    public const string Source = """
        using System;
        using SorAnalyzers;

        namespace Contoso.RevOps
        {
            public static class SorFields
            {
                public static class Account
                {
                    [SorModelField("Account", "Name")]
                    public static readonly SorField<string> Name = new("Account", "Name", "crm", new[] { "crm", "cs" }, Array.Empty<SorFlowInfo>());

                    [SorModelField("Account", "Arr")]
                    public static readonly SorField<decimal> Arr = new("Account", "Arr", "billing", new[] { "billing", "crm", "cs" }, Array.Empty<SorFlowInfo>());

                    [SorModelField("Account", "Health")]
                    public static SorField<string> Health { get; } = new("Account", "Health", "cs", new[] { "cs", "crm" }, Array.Empty<SorFlowInfo>());

                    [SorModelField("Account", "LegacyId")]
                    public static readonly SorField<string> LegacyId = new("Account", "LegacyId", "crm", new[] { "crm" }, Array.Empty<SorFlowInfo>(), deprecated: "Use Account.Name instead.");
                }

                public static class Contact
                {
                    [SorModelField("Contact", "Email")]
                    public static readonly SorField<string> Email = new("Contact", "Email", "crm", new[] { "crm", "marketing" }, Array.Empty<SorFlowInfo>());

                    [SorModelField("Contact", "Phone")]
                    public static readonly SorField<string> Phone = new("Contact", "Phone", "crm", new[] { "crm" }, Array.Empty<SorFlowInfo>());
                }
            }

            /// <summary>A user's own DTO, mapped to model fields.</summary>
            public class AccountDto
            {
                [SorModelField("Account", "Name")] public string? Name { get; set; }
                [SorModelField("Account", "Arr")] public decimal Arr { get; set; }
                [SorModelField("Account", "Arr")] public decimal ArrField;
                [SorModelField("Account", "Health")] public string? Health { get; set; }
                [SorModelField("Account", "LegacyId")] public string? LegacyId { get; set; }
                public string? Notes { get; set; }
            }

            public record AccountSnapshot
            {
                [SorModelField("Account", "Name")] public string? Name { get; init; }
                [SorModelField("Account", "Arr")] public decimal Arr { get; init; }
            }

            public static class Integration
            {
                /// <summary>A user's helper that writes the field named by its first argument.</summary>
                public static void Push<T>([SorWrites] SorField<T> field, T value) { }

                public static void PushKey([SorWrites] string key, object? value) { }

                public static void Reset(ref decimal value) => value = 0;

                public static void Read(in decimal value) { }

                public static void Produce(out decimal value) => value = 1;
            }
        }

        namespace Contoso.RevOps.Crm
        {
            [SorView("Account", System = "crm")]
            public sealed class Account
            {
                public Account() : this(new SorRecord("Account")) { }
                public Account(SorRecord record) => Record = record;
                public SorRecord Record { get; }
                [SorModelField("Account", "Name")] public string? Name { get; set; }
                [SorModelField("Account", "Arr")] public decimal Arr { get; set; }
            }
        }

        namespace Contoso.RevOps.Cs
        {
            [SorView("Account", System = "cs")]
            public sealed class Account
            {
                public Account() : this(new SorRecord("Account")) { }
                public Account(SorRecord record) => Record = record;
                public SorRecord Record { get; }
                [SorModelField("Account", "Name")] public string? Name { get; set; }
                [SorModelField("Account", "Arr")] public decimal Arr { get; set; }
            }
        }

        namespace Contoso.RevOps.Flows.CrmToCs
        {
            [SorView("Account", Flow = "crm-to-cs")]
            public sealed class Account
            {
                public Account() : this(new SorRecord("Account")) { }
                public Account(SorRecord record) => Record = record;
                public SorRecord Record { get; }
                [SorModelField("Account", "Name")] public string? Name { get; set; }
                [SorModelField("Account", "Arr")] public decimal Arr { get; set; }
            }
        }

        namespace Contoso.RevOps.Flows.BillingToCrm
        {
            [SorView("Account", Flow = "billing-to-crm")]
            public sealed class Account
            {
                public Account() : this(new SorRecord("Account")) { }
                public Account(SorRecord record) => Record = record;
                public SorRecord Record { get; }
                [SorModelField("Account", "Arr")] public decimal Arr { get; set; }
            }
        }

        namespace Contoso.RevOps.Flows.CrmToMarketing
        {
            [SorView("Contact", Flow = "crm-to-marketing")]
            public sealed class Contact
            {
                public Contact(SorRecord record) => Record = record;
                public SorRecord Record { get; }
                [SorModelField("Contact", "Email")] public string? Email { get => Record.Get(SorFields.Contact.Email); set => Record.Set(SorFields.Contact.Email, value); }
            }
        }

        namespace Contoso.RevOps.Crm
        {
            [SorView("Contact", System = "crm")]
            public sealed class Contact
            {
                public Contact(SorRecord record) => Record = record;
                public SorRecord Record { get; }
                [SorModelField("Contact", "Email")] public string? Email { get => Record.Get(SorFields.Contact.Email); set => Record.Set(SorFields.Contact.Email, value); }
            }
        }
        """;
}
