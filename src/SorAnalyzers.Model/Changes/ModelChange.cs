using System.Collections.Generic;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Changes;

/// <summary>
/// One difference between two versions of a model.
/// <see cref="Kind"/> is a stable key (<c>field-owner-changed</c>); <see cref="Subject"/> what changed
/// (<c>Account.Arr</c>, a system id, a flow id); <see cref="Span"/> where to look in the new model (the
/// enclosing element for something removed; null when nothing of it is left); <see cref="Affected"/> the
/// generated members it touches, named as the generator names them; <see cref="Code"/> what it does to code
/// that uses them.
/// </summary>
public sealed record ModelChange(
    ChangeSeverity Severity,
    string Kind,
    string Subject,
    string Message,
    ModelSpan? Span,
    IReadOnlyList<AffectedMember> Affected,
    string? Code = null);

/// <summary>A generated member (relative to the generated namespace) and what happens to it.</summary>
public sealed record AffectedMember(string Name, string Effect)
{
    public override string ToString() => $"{Name} ({Effect})";
}
