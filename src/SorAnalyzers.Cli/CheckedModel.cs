using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Model.Diagnostics;

namespace SorAnalyzers.Cli;

/// <summary>One model file as checked: the path as shown to the user, and its diagnostics at the severity reported.</summary>
public sealed record CheckedModel(string DisplayPath, IReadOnlyList<ReportedDiagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == ModelSeverity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == ModelSeverity.Warning);
}

/// <summary>A model diagnostic with the severity it is reported at (a warning becomes an error under --warnings-as-errors).</summary>
public sealed record ReportedDiagnostic(ModelDiagnostic Diagnostic, ModelSeverity Severity)
{
    public static ReportedDiagnostic From(ModelDiagnostic diagnostic, bool warningsAsErrors)
        => new(diagnostic, warningsAsErrors && diagnostic.Severity == ModelSeverity.Warning ? ModelSeverity.Error : diagnostic.Severity);

    /// <summary>`path(7,36): error SOR0012: message`: the form MSBuild prints, which editors and CI annotate.</summary>
    public string ToMSBuildLine(string path)
        => $"{path}{Diagnostic.Span}: {SeverityWord} {Diagnostic.Id}: {Diagnostic.Message}";

    /// <summary>`::error file=path,line=7,col=36,…,title=SOR0012::message`: an annotation in GitHub Actions.</summary>
    public string ToGitHubAnnotation(string path)
        => GitHubAnnotation.Write(Severity, path, Diagnostic.Span, $"{Diagnostic.Id}: {Diagnostic.Rule.Title}", Diagnostic.Message);

    private string SeverityWord => Severity switch
    {
        ModelSeverity.Error => "error",
        ModelSeverity.Warning => "warning",
        _ => "info",
    };
}
