namespace SorAnalyzers.Model.Diagnostics;

/// <summary>
/// One rule about the ownership model: a stable ID, a title, and a message format whose
/// placeholders ({0}, {1}, …) are filled by the diagnostic's arguments. Roslyn-free, so the
/// analyzers, a command-line tool and the tests all describe a problem the same way.
/// </summary>
public sealed record ModelRule(string Id, string Title, string MessageFormat, ModelSeverity Severity, string Category)
{
    public string HelpLink => RuleHelp.Link(Id);
}
