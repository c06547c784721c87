using System.Globalization;

namespace SorAnalyzers.Generator.Emit;

/// <summary>
/// Model text as C# literals. Every character that could end the literal or the line (quote,
/// backslash, CR, LF, NEL, U+2028, U+2029), every control or format character and every unpaired
/// surrogate is written as an escape, so no model text can change the meaning of the code around it.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var literal = new CodeWriter(value.Length + 2);
        Append(literal, value);
        return literal.Finish();
    }

    /// <summary>The literal (quotes included), or <c>null</c>.</summary>
    public static void Append(CodeWriter text, string? value)
    {
        if (value is null)
        {
            text.Append("null");
            return;
        }

        text.Append('"');
        AppendContent(text, value);
        text.Append('"');
    }

    /// <summary>What goes between the quotes: runs that need no escape are copied whole.</summary>
    public static void AppendContent(CodeWriter text, string value)
    {
        int run = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c >= ' ' && c < '\u007F' && c != '"' && c != '\\')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (c >= '\u007F' && !NeedsEscape(c))
            {
                continue;
            }

            text.Append(value, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\0': text.Append("\\0"); break;
                default: text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }

        text.Append(value, run, value.Length - run);
    }

    public static string Bool(bool value) => value ? "true" : "false";

    private static bool NeedsEscape(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => true,
        _ => false,
    };
}
