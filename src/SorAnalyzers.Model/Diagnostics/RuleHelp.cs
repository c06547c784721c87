namespace SorAnalyzers.Model.Diagnostics;

/// <summary>
/// Where each rule's documentation lives: one page per ID under docs/rules/. The model rules, the code
/// rules and the command-line tool all link through here.
/// </summary>
public static class RuleHelp
{
    public const string BaseUrl = "https://github.com/soranalyzers/soranalyzers/blob/main/docs/rules/";

    public static string Link(string id) => BaseUrl + id + ".md";
}
