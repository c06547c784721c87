using System.Security.Cryptography;
using System.Text;

namespace SorAnalyzers.Model;

/// <summary>
/// The content hash of a model's text: what the generated API's <c>[SorGeneratedModel]</c> marker
/// records, so that a project can tell whether a referenced assembly was generated from the same model.
/// Line endings and a leading byte-order mark are ignored, so one file checked out on Windows and Linux
/// hashes alike; any other edit (even a comment) changes it.
/// </summary>
public static class ModelContentHash
{
    /// <summary>The first 16 bytes of the SHA-256 of the normalised text, as lowercase hex.</summary>
    public static string Of(string text)
    {
        string normalised = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');
        byte[] hash;
        using (var sha = SHA256.Create())
        {
            hash = sha.ComputeHash(Encoding.UTF8.GetBytes(normalised));
        }

        var hex = new StringBuilder(32);
        for (int i = 0; i < 16; i++)
        {
            hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
