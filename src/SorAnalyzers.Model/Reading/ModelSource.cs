namespace SorAnalyzers.Model.Reading;

/// <summary>
/// One file of a model: its path (as the build or the command line names it) and its text. A model is
/// read from one or more of them; every place in the model (<see cref="Text.ModelSpan.Source"/>) says
/// which.
/// </summary>
public sealed record ModelSource(string Path, string Text);
