using System.Collections.Generic;
using System.Text;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Cli;

/// <summary>
/// A GitHub Actions workflow command (<c>::error file=…,line=…,col=…,title=…::message</c>): the runner turns
/// it into an annotation at that line of the pull request's diff. Values are escaped as the runner expects:
/// <c>%</c>, CR and LF everywhere, and also <c>:</c> and <c>,</c> in properties.
/// </summary>
public static class GitHubAnnotation
{
    public static string Write(ModelSeverity severity, string? file, ModelSpan? span, string? title, string message)
    {
        var properties = new List<string>();
        if (file is not null)
        {
            properties.Add("file=" + Property(ModelFiles.Portable(file)));
            if (span is ModelSpan at)
            {
                properties.Add($"line={at.DisplayLine}");
                properties.Add($"col={at.DisplayColumn}");
                if (at.Length > 0)
                {
                    properties.Add($"endLine={at.EndLine + 1}");
                    properties.Add($"endColumn={at.EndColumn + 1}");
                }
            }
        }

        if (title is not null)
        {
            properties.Add("title=" + Property(title));
        }

        string command = severity switch
        {
            ModelSeverity.Error => "error",
            ModelSeverity.Warning => "warning",
            _ => "notice",
        };
        return properties.Count == 0
            ? $"::{command}::{Data(message)}"
            : $"::{command} {string.Join(",", properties)}::{Data(message)}";
    }

    private static string Data(string value)
        => new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    private static string Property(string value)
        => new StringBuilder(Data(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
