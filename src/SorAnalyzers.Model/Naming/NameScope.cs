using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SorAnalyzers.Model.Naming;

/// <summary>
/// The C# names already taken in one declaration space (a namespace, a class). A model name that
/// would clash with a name C# or the generated code already uses there gets '_' appended until it is
/// free. The model cannot produce a name ending in '_' (CSharpName splits on '_'), so a suffixed
/// name never clashes with another model name.
/// </summary>
public sealed class NameScope
{
    /// <summary>Members every type inherits from object: a model name equal to one would hide it (CS0108).</summary>
    private static readonly string[] ObjectMembers =
        { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize" };

    private readonly HashSet<string> _taken = new();

    // A type's inherited and own names, kept aside rather than copied into every scope's set: a big model has
    // a scope per view class.
    private readonly string[] _inherited;
    private string? _typeName;
    private readonly string[] _helpers;

    public NameScope(params string[] reserved)
        : this(System.Array.Empty<string>(), null, System.Array.Empty<string>())
    {
        foreach (string name in reserved)
        {
            _taken.Add(name);
        }
    }

    private NameScope(string[] inherited, string? typeName, string[] helpers)
    {
        _inherited = inherited;
        _typeName = typeName;
        _helpers = helpers;
    }

    /// <summary>Empties this scope (made with only reserved names) for another declaration space, with <paramref name="reserved"/> taken.</summary>
    public void Reset(params string[] reserved)
    {
        _taken.Clear();
        foreach (string name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>Empties this scope (made by <see cref="InsideType"/>) for the type <paramref name="typeName"/>, with the same helpers.</summary>
    public void ResetInsideType(string typeName)
    {
        _taken.Clear();
        _typeName = typeName;
    }

    /// <summary>A scope inside the type <paramref name="typeName"/>: its own name (CS0542) and object's members are taken.</summary>
    public static NameScope InsideType(string typeName, params string[] helpers) => new(ObjectMembers, typeName, helpers);

    /// <summary>The identifier for <paramref name="modelName"/> in this scope, now taken.</summary>
    public string Claim(string modelName) => ClaimIdentifier(Identifier(modelName));

    /// <summary>The identifier <paramref name="name"/> (already <see cref="Identifier"/>'s result) in this scope, now taken.</summary>
    public string ClaimIdentifier(string name)
    {
        while (IsReserved(name) || !_taken.Add(name))
        {
            name += "_";
        }

        return name;
    }

    private bool IsReserved(string name)
    {
        if (name == _typeName)
        {
            return true;
        }

        foreach (string taken in _inherited)
        {
            if (taken == name)
            {
                return true;
            }
        }

        foreach (string taken in _helpers)
        {
            if (taken == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="CSharpName.From"/>, without format characters (U+200B and the like): C# ignores them
    /// when it compares identifiers, so two model names differing only in them would clash.
    /// </summary>
    public static string Identifier(string modelName)
    {
        string name = CSharpName.From(modelName);
        int i = 0;
        while (i < name.Length && char.GetUnicodeCategory(name[i]) != UnicodeCategory.Format)
        {
            i++;
        }

        if (i == name.Length)
        {
            return name; // nothing to drop (the common case): no copy
        }

        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (char.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
