using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.CodeFixes;

/// <summary>
/// Adds field keys to a flow's <c>fields</c> list in the model's text, touching nothing else: in a flow
/// list (<c>[a, b]</c>) after the last entry, in a block list (<c>- a</c>) as new lines with the same
/// indentation, so comments, spacing and the rest of the file stay as they were.
/// </summary>
internal static class FlowFieldsEdit
{
    public static TextChange? AddFields(SourceText text, FlowDefinition flow, IReadOnlyList<string> keys)
    {
        keys = keys.Where(k => !flow.Carries(k)).Distinct().ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        string source = text.ToString();
        int start = flow.FieldsSpan.Start;
        if (start < 0 || start >= source.Length)
        {
            return null;
        }

        bool flowStyle = source[start] == '[';
        FlowFieldReference? last = flow.Fields.LastOrDefault();
        if (flowStyle)
        {
            if (last is null)
            {
                bool empty = source.IndexOf(']', start) is int close && close > start && source.Substring(start + 1, close - start - 1).Trim().Length == 0;
                return new TextChange(new TextSpan(start + 1, 0), string.Join(", ", keys) + (empty ? string.Empty : ", "));
            }

            return new TextChange(new TextSpan(last.Span.End, 0), ", " + string.Join(", ", keys));
        }

        if (last is null || last.Span.End > source.Length)
        {
            return null;
        }

        // A block list: repeat the last entry's "    - " prefix on new lines after its line (and its comment).
        int lineStart = source.LastIndexOf('\n', last.Span.Start - 1) + 1;
        string prefix = source.Substring(lineStart, last.Span.Start - lineStart);
        if (prefix.Trim() != "-")
        {
            return null; // not the usual "  - entry" shape: leave the file alone rather than guess
        }

        int lineEnd = source.IndexOf('\n', last.Span.End);
        string newLine = lineEnd > 0 && source[lineEnd - 1] == '\r' ? "\r\n" : "\n";
        int insertAt = lineEnd < 0 ? source.Length : (newLine.Length == 2 ? lineEnd - 1 : lineEnd);
        string lines = string.Concat(keys.Select(k => newLine + prefix + k));
        return new TextChange(new TextSpan(insertAt, 0), lines);
    }
}
