namespace SorAnalyzers.Model.Changes;

/// <summary>How a model change is reviewed (docs/model-changes.md).</summary>
public enum ChangeSeverity
{
    /// <summary>Code or data that relied on the old model breaks: needs a new major version.</summary>
    Breaking,

    /// <summary>Changes how data moves or who answers for it, without breaking generated code: needs a reviewer's look.</summary>
    Warning,

    /// <summary>Additions and descriptions.</summary>
    Info,
}
