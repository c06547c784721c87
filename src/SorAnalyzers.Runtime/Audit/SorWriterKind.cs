namespace SorAnalyzers;

/// <summary>What kind of writer made a write.</summary>
public enum SorWriterKind
{
    /// <summary>The runtime was not told who wrote.</summary>
    Unknown,

    /// <summary>A system of the model.</summary>
    System,

    /// <summary>A flow of the model.</summary>
    Flow,
}
