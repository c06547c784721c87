using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace PeerYaml;

/// <summary>
/// Reads the top-level <c>name</c> of every <c>*.sor.yaml</c> with its own YamlDotNet and emits it, with
/// the YamlDotNet version it ran against, so a test can see both generators ran side by side.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PeerYamlGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".sor.yaml", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) => ReadName(text.GetText(cancellationToken)?.ToString()))
            .Collect();

        context.RegisterSourceOutput(names, static (output, modelNames) =>
            output.AddSource("PeerYaml.g.cs", Emit(modelNames)));
    }

    private static string ReadName(string? yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml ?? string.Empty));
            if (stream.Documents.Count > 0
                && stream.Documents[0].RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("name"), out var name)
                && name is YamlScalarNode scalar)
            {
                return scalar.Value ?? string.Empty;
            }
        }
        catch (Exception)
        {
            // Not this generator's concern: SorAnalyzers reports broken models.
        }

        return string.Empty;
    }

    private static string Emit(ImmutableArray<string> modelNames)
    {
        var version = typeof(YamlStream).Assembly.GetName().Version?.ToString() ?? "unknown";
        var text = new StringBuilder();
        text.AppendLine("namespace PeerYaml");
        text.AppendLine("{");
        text.AppendLine("    internal static class PeerYamlInfo");
        text.AppendLine("    {");
        text.AppendLine($"        public const string YamlDotNetVersion = \"{version}\";");
        text.AppendLine($"        public const string ModelNames = \"{string.Join(";", modelNames.Select(Escape))}\";");
        text.AppendLine("    }");
        text.AppendLine("}");
        return text.ToString();
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"");
}
