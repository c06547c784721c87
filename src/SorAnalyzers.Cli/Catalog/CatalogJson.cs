using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SorAnalyzers.Model;
using SorAnalyzers.Model.Definitions;

namespace SorAnalyzers.Cli.Catalog;

/// <summary>
/// The catalog as JSON, for other tools. The shape is documented in docs/catalog.md and versioned by
/// <c>catalogFormat</c>: every key is always present (null or empty when the model says nothing), in a fixed
/// order, with LF line ends, so the output is byte-for-byte stable.
/// </summary>
public static class CatalogJson
{
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IReadOnlyList<LoadedModel> models)
    {
        var root = new JsonObject
        {
            ["catalogFormat"] = FormatVersion,
            ["models"] = new JsonArray(models.Select(Model).ToArray<JsonNode?>()),
        };
        return root.ToJsonString(Options) + "\n";
    }

    private static JsonObject Model(LoadedModel loaded)
    {
        OwnershipModel model = loaded.Model;
        return new JsonObject
        {
            ["path"] = ModelFiles.Portable(loaded.DisplayPath),
            ["name"] = model.Name,
            ["version"] = model.Version,
            ["namespace"] = model.Namespace,
            ["systems"] = Array(model.Systems.Select(s => System(model, s))),
            ["entities"] = Array(model.Entities.Select(e => Entity(model, e))),
            ["flows"] = Array(model.Flows.Select(Flow)),
        };
    }

    private static JsonObject System(OwnershipModel model, SystemDefinition system) => new()
    {
        ["id"] = system.Id,
        ["title"] = system.Title,
        ["businessOwner"] = system.BusinessOwner,
        ["technicalOwner"] = system.TechnicalOwner,
        ["description"] = system.Description,
        ["readOnly"] = system.ReadOnly,
        ["owns"] = Strings(model.AllFields.Where(f => f.Owner == system.Id).Select(f => f.Key)),
        ["holdsCopiesOf"] = Strings(model.AllFields.Where(f => f.Owner != system.Id && model.Holds(system.Id, f.Key)).Select(f => f.Key)),
    };

    private static JsonObject Entity(OwnershipModel model, EntityDefinition entity) => new()
    {
        ["name"] = entity.Name,
        ["description"] = entity.Description,
        ["fields"] = Array(entity.Fields.Select(f => Field(model, f))),
    };

    private static JsonObject Field(OwnershipModel model, FieldDefinition field) => new()
    {
        ["key"] = field.Key,
        ["name"] = field.Name,
        ["type"] = FieldTypes.Name(field.Type),
        ["values"] = Strings(field.EnumValues),
        ["owner"] = field.Owner,
        ["description"] = field.Description,
        ["pii"] = field.Pii,
        ["required"] = field.Required,
        ["immutable"] = field.Immutable,
        ["deprecated"] = field.Deprecated,
        ["heldBy"] = Array(model.HoldersOf(field.Key).Select(h => new JsonObject { ["system"] = h.System, ["via"] = h.ViaFlow })),
    };

    private static JsonObject Flow(FlowDefinition flow) => new()
    {
        ["id"] = flow.Id,
        ["from"] = flow.From,
        ["to"] = flow.To,
        ["fields"] = Strings(flow.Fields.Select(f => f.Text)),
        ["carries"] = Strings(flow.Carried),
        ["frequency"] = flow.Frequency,
        ["conflict"] = ConflictRuleNames.Of(flow.Conflict),
        ["errorOwner"] = flow.ErrorOwner,
        ["impact"] = flow.Impact,
        ["description"] = flow.Description,
    };

    private static JsonArray Array(IEnumerable<JsonNode> nodes) => new(nodes.ToArray<JsonNode?>());

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
