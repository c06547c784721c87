using System.Globalization;
using System.Text;

namespace SorAnalyzers.Model.Naming;

/// <summary>
/// How a model name becomes a C# identifier: split on '-', '_', ' ' and '.', upper-case the first
/// letter of each part. "billing-to-crm" → "BillingToCrm", "lead_source" → "LeadSource".
/// Upper-casing the first letter also keeps every result clear of C#'s (lower-case) keywords.
/// </summary>
public static class CSharpName
{
    public static string From(string name)
    {
        if (IsAlreadyIdentifierForm(name))
        {
            return name; // "Account", "StartDate": no copy
        }

        var builder = new StringBuilder(name.Length);
        bool upperNext = true;
        foreach (char c in name)
        {
            if (c == '-' || c == '_' || c == ' ' || c == '.')
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.ToString();
    }

    /// <summary>Whether <see cref="From"/> would return <paramref name="name"/> unchanged: no separator, and its first character already upper case.</summary>
    private static bool IsAlreadyIdentifierForm(string name)
    {
        if (name.Length == 0 || char.ToUpperInvariant(name[0]) != name[0])
        {
            return false;
        }

        foreach (char c in name)
        {
            if (c == '-' || c == '_' || c == ' ' || c == '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="name"/> is a namespace: identifiers separated by dots (<c>Contoso.RevOps</c>).</summary>
    public static bool IsNamespace(string name)
    {
        foreach (string segment in name.Split('.'))
        {
            if (!IsIdentifier(segment))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="name"/> converts to a valid C# identifier.</summary>
    public static bool IsConvertible(string name) => IsIdentifier(From(name));

    public static bool IsIdentifier(string identifier)
    {
        if (identifier.Length == 0 || !IsLetter(identifier[0]))
        {
            return false;
        }

        for (int i = 1; i < identifier.Length; i++)
        {
            if (!IsIdentifierPart(identifier[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetter(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        _ => false,
    };

    private static bool IsIdentifierPart(char c) => IsLetter(c) || char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format => true,
        _ => false,
    };
}
