using System.Collections.Generic;
using System.Linq;
using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Diagnostics;
using SorAnalyzers.Model.Naming;
using SorAnalyzers.Model.Resolution;
using SorAnalyzers.Model.Text;

namespace SorAnalyzers.Model.Reading;

/// <summary>
/// Reads format 1 of the ownership model: YAML → tree → definitions → resolved holdings.
/// Never throws for bad input: every problem becomes a <see cref="ModelDiagnostic"/> at its place.
/// </summary>
public static class ModelReader
{
    private static readonly string[] TopKeys = { "sor", "name", "version", "namespace", "description", "systems", "entities", "flows" };

    public static ModelReadResult Read(string text, ModelLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        OwnershipModel? model = ReadModel(text, limits ?? ModelLimits.Default, diagnostics);
        return new ModelReadResult(model, diagnostics.Items.ToEquatableArray());
    }

    private static OwnershipModel? ReadModel(string text, ModelLimits limits, DiagnosticBag diagnostics)
    {
        YamlNode? root = YamlTreeBuilder.Build(text, limits, diagnostics.Items);
        if (diagnostics.HasErrors && root is null)
        {
            return null; // not YAML, or over a limit: there is no tree to read
        }

        if (root is null || root is YamlScalar { IsNull: true })
        {
            diagnostics.Add(ModelRules.EmptyModel, default, null);
            return null;
        }

        if (!ModelSection.IsMapping(root, "The ownership model", diagnostics, out YamlMapping rootMapping))
        {
            return null;
        }

        var top = new ModelSection(rootMapping, "the model", TopKeys, diagnostics);
        if (!ReadFormat(top, diagnostics))
        {
            return null;
        }

        string? ns = top.Text("namespace");
        if (ns is not null && !ns.Split('.').All(CSharpName.IsIdentifier))
        {
            diagnostics.Add(ModelRules.InvalidNamespace, top.Scalar("namespace")!.Span, null, ns);
            ns = null;
        }

        YamlMapping? systemsNode = top.Mapping("systems");
        YamlMapping? entitiesNode = top.Mapping("entities");
        RequireSection(top, "systems", systemsNode, diagnostics);
        RequireSection(top, "entities", entitiesNode, diagnostics);

        var systems = new SystemsReader(diagnostics).Read(systemsNode);
        if (systemsNode is null && top.Node("systems") is not null)
        {
            // 'systems' is there but unreadable (already reported): don't call every owner unknown.
            systems.TrustAllIds = true;
        }

        var entitiesReader = new EntitiesReader(diagnostics, systems);
        List<EntityDefinition> entities = entitiesReader.Read(entitiesNode);
        List<FlowDefinition> flows = new FlowsReader(diagnostics, systems, entities, entitiesReader.BrokenFields)
            .Read(top.Sequence("flows"));

        var resolution = HoldingResolver.Resolve(systems.Valid, entities, flows, diagnostics);
        entities = FieldNamesCheck.Apply(entities, resolution.Holdings, diagnostics);
        return new OwnershipModel(
            top.Text("name"),
            top.Text("version"),
            ns,
            systems.Valid.ToEquatableArray(),
            entities.ToEquatableArray(),
            resolution.Flows.ToEquatableArray(),
            resolution.Holdings.ToEquatableArray());
    }

    private static bool ReadFormat(ModelSection top, DiagnosticBag diagnostics)
    {
        YamlScalar? version = top.Scalar("sor");
        if (version is null)
        {
            ModelSpan at = top.Key("sor")?.Span ?? top.Span.StartPoint;
            diagnostics.Add(ModelRules.FormatVersion, at, "1",
                "The ownership model has no format version: add 'sor: 1' as its first line");
            return true; // read on as format 1 so that the other mistakes show too
        }

        if (version.Value.Trim() != "1")
        {
            diagnostics.Add(ModelRules.FormatVersion, version.Span, "1",
                $"Format version '{version.Value}' is not supported: this version of SorAnalyzers reads 'sor: 1'");
            return false;
        }

        return true;
    }

    private static void RequireSection(ModelSection top, string key, YamlMapping? node, DiagnosticBag diagnostics)
    {
        if (node is null && top.Node(key) is null)
        {
            diagnostics.Add(ModelRules.MissingKey, top.Key(key)?.Span ?? top.Span.StartPoint, null, "The model", key);
        }
    }
}
