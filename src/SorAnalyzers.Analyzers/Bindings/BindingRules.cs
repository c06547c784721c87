using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SorAnalyzers.Analyzers.Writes;

namespace SorAnalyzers.Analyzers.Bindings;

/// <summary>
/// The rules about type bindings (SOR0120–SOR0129): a binding that names what the model or the type does
/// not have, bindings that conflict (reported at the binding), and a write to an unmapped member of a
/// complete binding (reported at the write). IDs are stable forever.
/// </summary>
internal static class BindingRules
{
    public const string Category = "SorAnalyzers.Bindings";

    public static readonly DiagnosticDescriptor UnknownSystem = new(
        "SOR0120",
        "A binding names an unknown system",
        "'{0}' is not a system of the ownership model{1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "[SorBinding] says which system's records a type holds; the system must be declared in the model.",
        helpLinkUri: WriteRules.HelpLink("SOR0120"));

    public static readonly DiagnosticDescriptor UnknownEntity = new(
        "SOR0121",
        "A binding names an unknown entity",
        "'{0}' is not an entity of the ownership model{1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "[SorBinding] says which entity's records a type holds; the entity must be declared in the model.",
        helpLinkUri: WriteRules.HelpLink("SOR0121"));

    public static readonly DiagnosticDescriptor MissingMember = new(
        "SOR0122",
        "A binding names a member the type does not have",
        "{0}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "[SorBindingMember] and [SorBindingWriter] name a member of the bound type: it must exist (use nameof), a bag key must be a key of a string-keyed member, and a writer needs a string parameter for the field's name.",
        helpLinkUri: WriteRules.HelpLink("SOR0122"));

    public static readonly DiagnosticDescriptor UnknownField = new(
        "SOR0123",
        "A binding maps a member to an unknown field",
        "{0}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "[SorBindingMember] maps a member to a model field \"Entity.Field\": the field must exist, and its entity must be one the type is bound to.",
        helpLinkUri: WriteRules.HelpLink("SOR0123"));

    public static readonly DiagnosticDescriptor Conflict = new(
        "SOR0124",
        "Bindings conflict",
        "{0}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "One type is bound to one entity once (a write through it lands in one system), and one member is mapped once.",
        helpLinkUri: WriteRules.HelpLink("SOR0124"));

    public static readonly DiagnosticDescriptor UnmappedWrite = new(
        "SOR0125",
        "A complete binding's member maps to no field",
        "{0} is written, but it maps to no field of {1}, and the binding of {2} is complete; map it ([SorBindingMember], or the field's 'names:' in the model), or do not write it",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A binding declared Complete = true says that every writable member (and bag key) of the type is one of the entity's fields: a write that maps to none is a mapping the model is missing, not a write to ignore.",
        helpLinkUri: WriteRules.HelpLink("SOR0125"));

    public static readonly DiagnosticDescriptor MapsNothing = new(
        "SOR0126",
        "A binding maps no member to a field",
        "{0} is bound to {1}'s {2} records, but none of its members, keys or writers maps to a field of {2}; check the names ({1}'s 'names:' in the model, the members' serialized names), or remove the binding",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A binding that maps nothing checks nothing: its writes pass silently. It is almost always a name that does not match what the model calls the fields in that system.",
        helpLinkUri: WriteRules.HelpLink("SOR0126"));

    public static readonly ImmutableArray<DiagnosticDescriptor> BindingChecks =
        ImmutableArray.Create(UnknownSystem, UnknownEntity, MissingMember, UnknownField, Conflict, MapsNothing);
}
