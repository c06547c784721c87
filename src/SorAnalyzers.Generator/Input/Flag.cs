namespace SorAnalyzers.Generator.Input;

/// <summary>
/// A yes or no between two steps of the pipeline, as a reference type: a bool there would make the driver's
/// tables a value-type instantiation, generic code compiled anew by every compiler process.
/// </summary>
internal sealed record Flag(bool On)
{
    public static readonly Flag Yes = new(true);

    public static readonly Flag No = new(false);

    public static Flag Of(bool on) => on ? Yes : No;
}
