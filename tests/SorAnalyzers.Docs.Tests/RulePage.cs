using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SorAnalyzers.Docs.Tests;

/// <summary>
/// A rule page of docs/rules/ and its two examples. The shape every page follows:
/// <code>
/// ## Example
/// With the reference model [models/revops.sor.yaml](../../models/revops.sor.yaml):   (code rules only)
/// ### Bad
/// ```yaml / ```csharp / ```xml       the input: model files, C# files, MSBuild properties
/// ```text                            what dotnet build prints: exactly one line, the page's rule
/// ### Good
/// ```yaml / ```csharp / ```xml       an input that builds with no warning and no error
/// </code>
/// A block names its file with <c>file=Name</c> in its info string (default: model.sor.yaml, Example.cs).
/// </summary>
public sealed class RulePage
{
    private static readonly Regex ModelLink = new(@"\]\(\.\./\.\./(models/[^)\s]+\.sor\.yaml)\)");

    private RulePage(string id, string text)
    {
        Id = id;
        string example = Markdown.TrySection(text, "Example")
            ?? throw new InvalidOperationException($"docs/rules/{id}.md has no '## Example' section");
        Match model = ModelLink.Match(Markdown.TrySection(example, "Bad") is { } bad ? example[..example.IndexOf(bad, StringComparison.Ordinal)] : example);
        ReferenceModel = model.Success ? model.Groups[1].Value : null;
        Bad = Markdown.TrySection(example, "Bad") is { } badText
            ? Markdown.Blocks(badText)
            : throw new InvalidOperationException($"docs/rules/{id}.md has no '### Bad' example");
        Good = Markdown.TrySection(example, "Good") is { } goodText
            ? Markdown.Blocks(goodText)
            : throw new InvalidOperationException($"docs/rules/{id}.md has no '### Good' example");
    }

    public string Id { get; }

    /// <summary>The repository's model the C# examples build against when they bring no model of their own.</summary>
    public string? ReferenceModel { get; }

    public IReadOnlyList<FencedBlock> Bad { get; }

    public IReadOnlyList<FencedBlock> Good { get; }

    /// <summary>The lines of the bad example's <c>text</c> block: what the build prints.</summary>
    public IReadOnlyList<string> BadOutput => Bad.Where(b => b.Language == "text")
        .SelectMany(b => b.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Select(l => l.TrimEnd()).ToList();

    public static IEnumerable<string> Ids()
        => Directory.GetFiles(Repository.PathOf("docs/rules"), "SOR*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => Regex.IsMatch(n!, @"^SOR\d{4}$"))
            .Order(StringComparer.Ordinal)!;

    public static RulePage Load(string id) => new(id, Repository.Read($"docs/rules/{id}.md"));

    /// <summary>The project an example describes: its blocks, plus the reference model when it has no model of its own.</summary>
    public ExampleProject ProjectOf(IReadOnlyList<FencedBlock> blocks)
    {
        var project = new ExampleProject();
        foreach (FencedBlock block in blocks)
        {
            switch (block.Language)
            {
                case "yaml":
                    project.AdditionalFiles.Add(("/project/" + block.Attributes.GetValueOrDefault("file", "model.sor.yaml"), block.Text));
                    break;
                case "csharp":
                    project.Sources.Add(("/project/" + block.Attributes.GetValueOrDefault("file", "Example.cs"), block.Text));
                    break;
                case "xml":
                    // The properties of a project file's <PropertyGroup>, as MSBuild hands them to the compiler.
                    foreach (XElement property in XElement.Parse(block.Text).DescendantsAndSelf().Where(e => !e.HasElements))
                    {
                        project.BuildProperties[property.Name.LocalName] = property.Value;
                    }

                    break;
                case "text":
                    break;
                default:
                    throw new InvalidOperationException($"docs/rules/{Id}.md: a '{block.Language}' block in an example; use yaml, csharp, xml or text");
            }
        }

        if (ReferenceModel is not null && project.AdditionalFiles.Count == 0)
        {
            project.AdditionalFiles.Add(("/project/" + Path.GetFileName(ReferenceModel), File.ReadAllText(Repository.PathOf(ReferenceModel))));
        }

        return project;
    }

    /// <summary>A diagnostic as the page prints it: the file name without its folder, as in <c>dotnet build</c> output.</summary>
    public static string Format(Reported diagnostic) => diagnostic.File is null
        ? $"{diagnostic.Severity} {diagnostic.Id}: {diagnostic.Message}"
        : $"{Path.GetFileName(diagnostic.File)}({diagnostic.Line},{diagnostic.Column}): {diagnostic.Severity} {diagnostic.Id}: {diagnostic.Message}";
}
