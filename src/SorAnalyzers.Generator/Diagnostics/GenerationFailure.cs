using System;
using System.IO;

namespace SorAnalyzers.Generator.Diagnostics;

/// <summary>
/// Which exceptions inside the generator become an SOR0034 diagnostic at the model, and which must escape.
/// </summary>
internal static class GenerationFailure
{
    /// <summary>
    /// Every failure is reported (out of memory included) except cancellation, and except the exceptions
    /// that say our own assemblies are broken (YamlDotNet or SorAnalyzers.Model not handed to the compiler,
    /// or of the wrong version), not the model: those escape so the compiler reports CS8785, which the
    /// package turns into an error; caught, every SOR check would be gone with them.
    /// </summary>
    public static bool IsReportable(Exception exception)
        => exception is not OperationCanceledException && !IsAssemblyLoadFailure(exception);

    public static bool IsAssemblyLoadFailure(Exception exception)
        => exception is FileNotFoundException or FileLoadException or BadImageFormatException
            or TypeLoadException or MissingMemberException;
}
