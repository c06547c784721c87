namespace SorAnalyzers.Model.Diagnostics;

public enum ModelSeverity
{
    Info,
    Warning,
    Error,
}
