namespace SorAnalyzers.Cli;

/// <summary>What `sor` tells CI: 0 clean, 1 the model has errors (or the field is unknown), 2 the call itself was wrong.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    public const int ModelErrors = 1;

    /// <summary>Bad arguments, a file that cannot be read, nothing to check: not a verdict on any model.</summary>
    public const int UsageError = 2;
}
