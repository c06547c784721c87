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

    public NameScope(params string[] reserved)
    {
        foreach (string name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>A scope inside the type <paramref name="typeName"/>: its own name (CS0542) and object's members are taken.</summary>
    public static NameScope InsideType(string typeName, params string[] helpers)
    {
        var scope = new NameScope(ObjectMembers);
        scope._taken.Add(typeName);
        foreach (string helper in helpers)
        {
            scope._taken.Add(helper);
        }

        return scope;
    }

    /// <summary>The identifier for <paramref name="modelName"/> in this scope, now taken.</summary>
    public string Claim(string modelName)
    {
        string name = Identifier(modelName);
        while (!_taken.Add(name))
        {
            name += "_";
        }

        return name;
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
