using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using SorAnalyzers.Model.Reading;

namespace SorAnalyzers.Cli;

/// <summary>
/// Which of the files named on the command line form one model. By default each file is a model of its
/// own; with <c>--one-model</c> they are the parts of one model, read together as a project reads its
/// <c>*.sor.yaml</c> files.
/// </summary>
public static class ModelGroups
{
    public static Option<bool> OneModelOption() => new("--one-model")
    {
        Description = "Read all the named files (and every model below the named folders) as the parts of one model, as a project with those files does.",
    };

    public static IReadOnlyList<IReadOnlyList<string>> Of(IReadOnlyList<string> paths, bool oneModel)
        => oneModel ? new[] { paths } : paths.Select(p => (IReadOnlyList<string>)new[] { p }).ToList();

    /// <summary>
    /// The files of one model read as one (each <see cref="ModelSource.Path"/> is the path as named), or
    /// null after telling <paramref name="error"/> which file cannot be read.
    /// </summary>
    public static ModelReadResult? Read(IReadOnlyList<string> paths, string workingDirectory, TextWriter error)
    {
        var sources = new List<ModelSource>(paths.Count);
        foreach (string path in paths)
        {
            if (ModelFiles.TryRead(path, workingDirectory, error) is not { } text)
            {
                return null;
            }

            sources.Add(new ModelSource(path, text));
        }

        return ModelReader.Read(sources);
    }

    /// <summary>The command that checks the model of <paramref name="files"/>: <c>sor check a.sor.yaml</c>, or with <c>--one-model</c> for several.</summary>
    public static string CheckCommand(IReadOnlyList<string> files)
        => "sor check " + string.Join(" ", files) + (files.Count > 1 ? " --one-model" : "");

    /// <summary>A name for a model in messages: its file, or its first file and how many more.</summary>
    public static string Describe(IReadOnlyList<string> paths)
        => paths.Count == 1 ? paths[0] : $"{paths[0]} (+{paths.Count - 1} more files)";
}
