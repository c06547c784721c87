using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Docs.Tests;

/// <summary>The JSON Schema the YAML language server uses must accept what the build accepts.</summary>
public class SchemaTests
{
    private static Task<JsonSchema> Schema() => JsonSchema.FromFileAsync(RepoFiles.InRepo("schema/sor.schema.json"));

    [Theory]
    [InlineData("revops.sor.yaml")]
    [InlineData("people-finance.sor.yaml")]
    public async Task The_schema_accepts_the_shared_examples(string path)
    {
        JsonSchema schema = await Schema();

        var errors = schema.Validate(ToJson(File.ReadAllText(RepoFiles.Model(path))));

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("ownr: crm", "NoAdditionalPropertiesAllowed")]
    [InlineData("type: strng", "NotInEnumeration")]
    [InlineData("pii: maybe", "BooleanExpected")]
    public async Task The_schema_rejects_what_the_model_rules_reject(string replacement, string kind)
    {
        JsonSchema schema = await Schema();
        string yaml = SmallModels.Valid.Replace("Name: { type: string, owner: crm }", "Name: { type: string, owner: crm, " + replacement + " }")
            .Replace("type: string, owner: crm, type: strng", "type: strng, owner: crm");

        var errors = schema.Validate(ToJson(yaml));

        Assert.Contains(errors, e => e.Kind.ToString() == kind || e.ToString().Contains(kind));
    }

    /// <summary>YAML to JSON with YAML 1.2 core-schema typing of plain scalars (numbers, booleans, null).</summary>
    private static JToken ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(e => new JProperty(((YamlScalarNode)e.Key).Value!, Convert(e.Value)))),
        YamlSequenceNode seq => new JArray(seq.Children.Select(Convert)),
        YamlScalarNode { Style: ScalarStyle.Plain } s => Plain(s.Value ?? string.Empty),
        YamlScalarNode s => new JValue(s.Value),
        _ => JValue.CreateNull(),
    };

    private static JToken Plain(string value)
    {
        if (value is "" or "~" or "null")
        {
            return JValue.CreateNull();
        }

        if (value is "true" or "false")
        {
            return new JValue(value == "true");
        }

        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long number) ? new JValue(number) : new JValue(value);
    }
}
