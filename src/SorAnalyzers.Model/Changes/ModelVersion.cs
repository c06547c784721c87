using System.Globalization;

namespace SorAnalyzers.Model.Changes;

/// <summary>The major number of a model's <c>version</c> ("1.4.0" → 1, "v2" → 2), or null when there is none.</summary>
public static class ModelVersion
{
    public static int? Major(string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            return null;
        }

        string text = version!.Trim().TrimStart('v', 'V');
        int end = 0;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        return end > 0 && int.TryParse(text.Substring(0, end), NumberStyles.None, CultureInfo.InvariantCulture, out int major) ? major : null;
    }

    /// <summary>True when the new version's major number is higher than the old one's: breaking changes are announced.</summary>
    public static bool MajorRaised(string? oldVersion, string? newVersion)
        => Major(oldVersion) is int before && Major(newVersion) is int after && after > before;
}
