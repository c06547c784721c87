using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.Analyzers.Writes;

/// <summary>
/// Whose writes a piece of code makes: one system (<see cref="System"/>) or one flow (<see cref="Flow"/>).
/// An <see cref="IsBroken"/> context (unknown name, two attributes) is reported where it is declared, and
/// the writes under it are not checked, so one mistake gives one error.
/// </summary>
internal sealed class CodeContext
{
    public static readonly CodeContext Broken = new(null, null);

    public CodeContext(SystemDefinition? system, FlowDefinition? flow)
    {
        System = system;
        Flow = flow;
    }

    public SystemDefinition? System { get; }

    public FlowDefinition? Flow { get; }

    public bool IsBroken => System is null && Flow is null;

    /// <summary>"system crm" or "flow billing-to-crm", as messages name it.</summary>
    public string Describe() => System is not null ? $"system {System.Id}" : Flow is not null ? $"flow {Flow.Id}" : "a broken context";

    /// <summary>The one system this context writes into.</summary>
    public string? WritesInto => System?.Id ?? Flow?.To;
}
