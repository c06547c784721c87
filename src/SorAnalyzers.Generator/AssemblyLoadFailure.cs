using System;
using System.IO;

namespace SorAnalyzers.Generator;

/// <summary>
/// Exceptions that say our own assemblies are broken (YamlDotNet or SorAnalyzers.Model not handed to
/// the compiler, or of the wrong version), not that the model is. They must escape the generator so the
/// compiler reports CS8785, which the package turns into an error: swallowed, the generator would just
/// emit nothing and every SOR check would silently vanish.
/// </summary>
internal static class AssemblyLoadFailure
{
    public static bool Is(Exception exception)
        => exception is FileNotFoundException or FileLoadException or BadImageFormatException
            or TypeLoadException or MissingMemberException;
}
