using System.Collections.Generic;
using System.Linq;
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
    public static string Of(string text) => Hex(Digest(Normalise(text)));

    /// <summary>
    /// The hash of a model read from several files, given in the reader's order: of each file's hash in
    /// turn, so that moving text from one file to the next changes it, as it may change the model.
    /// </summary>
    public static string Of(IEnumerable<string> texts)
        => Hex(Digest(string.Join("\n", texts.Select(t => Hex(Digest(Normalise(t)))))));

    /// <summary>
    /// The hash of a project's model files, in the reader's order: of the one text when there is one, else of them
    /// all. What the generator writes in <c>[SorGeneratedModel]</c>, and what the analyzers compare a referenced
    /// assembly's marker with.
    /// </summary>
    public static string OfFiles(IReadOnlyList<string> texts) => texts.Count == 1 ? Of(texts[0]) : Of(texts);

    private static string Normalise(string text) => text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');

    private static byte[] Digest(string text)
    {
        using var sha = SHA256.Create();
        return sha.ComputeHash(Encoding.UTF8.GetBytes(text));
    }

    private static string Hex(byte[] hash)
    {
        var hex = new StringBuilder(32);
        for (int i = 0; i < 16; i++)
        {
            hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
