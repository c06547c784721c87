using System;
using System.CommandLine;
using System.Linq;

namespace SorAnalyzers.Cli;

/// <summary>Arguments and options shared by the commands.</summary>
public static class ModelArguments
{
    /// <summary>Zero or more model files; a word starting with '-' is an unknown option, not a file that cannot be read.</summary>
    public static Argument<string[]> Files(string name, string description)
    {
        var files = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.ZeroOrMore };
        RejectOptions(files);
        return files;
    }

    public static void RejectOptions<T>(Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (string token in result.Tokens.Select(t => t.Value).Where(v => v.StartsWith('-') && v != "-"))
            {
                result.AddError($"Unrecognized option '{token}'.");
            }
        });
    }

    /// <summary>--output/-o FILE.</summary>
    public static Option<string?> Output(string description) => new("--output", "-o") { Description = description };

    /// <summary>--format, one of <paramref name="formats"/>, the first by default.</summary>
    public static Option<string> Format(string description, params string[] formats)
    {
        var format = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => formats[0] };
        format.AcceptOnlyFromAmong(formats);
        return format;
    }
}
