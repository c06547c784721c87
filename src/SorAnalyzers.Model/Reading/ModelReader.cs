using System;
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

    /// <summary>Reads a model of one text (its spans are all in <see cref="ModelSpan.Source"/> 0).</summary>
    public static ModelReadResult Read(string text, ModelLimits? limits = null)
        => Read(new[] { new ModelSource(string.Empty, text) }, limits);

    /// <summary>
    /// Reads one model from several files, as a project's <c>*.sor.yaml</c> files form one: each file is
    /// a model document (<c>sor: 1</c> first) holding any of the sections; systems, entities and flows
    /// declared in different files refer to each other. Files are taken in ordinal order of their paths,
    /// which is also the order their declarations have in the model. A name declared in two files is
    /// reported at both places; every other problem at its own file.
    /// </summary>
    public static ModelReadResult Read(IEnumerable<ModelSource> sources, ModelLimits? limits = null)
    {
        ModelSource[] ordered = sources.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray();
        var diagnostics = new DiagnosticBag();
        OwnershipModel? model = ReadModel(ordered, limits ?? ModelLimits.Default, diagnostics);
        return new ModelReadResult(model, CrossFileDuplicates.ReportedAtBothPlaces(diagnostics.Items).ToEquatableArray(), ordered.ToEquatableArray());
    }

    private static OwnershipModel? ReadModel(ModelSource[] sources, ModelLimits limits, DiagnosticBag diagnostics)
    {
        if (sources.Length == 0)
        {
            diagnostics.Add(ModelRules.EmptyModel, ModelSpan.None, null);
            return null;
        }

        var tops = new List<ModelSection>(sources.Length);
        bool readable = true;
        var tree = new YamlTree(sources.Sum(s => (long)Math.Min(s.Text.Length, limits.MaxCharacters))); // a file over the limit is refused unread
        for (int i = 0; i < sources.Length; i++)
        {
            ModelSection? top = ReadDocument(tree, sources[i].Text, i, limits, diagnostics);
            if (top is null)
            {
                readable = false; // what the other files declare cannot be checked without this one
            }
            else
            {
                tops.Add(top);
            }
        }

        if (!readable)
        {
            return null;
        }

        var merged = new MergedSections(tops, diagnostics);
        string? ns = merged.Text("namespace");
        if (ns is not null && !CSharpName.IsNamespace(ns))
        {
            diagnostics.Add(ModelRules.InvalidNamespace, merged.Scalar("namespace")!.Value.Span, null, ns);
            ns = null;
        }

        YamlMapping? systemsNode = merged.Mapping("systems");
        YamlMapping? entitiesNode = merged.Mapping("entities");
        RequireSection(merged, "systems", systemsNode, diagnostics);
        RequireSection(merged, "entities", entitiesNode, diagnostics);

        var systems = new SystemsReader(diagnostics).Read(systemsNode);
        if (merged.HasUnreadable("systems"))
        {
            // 'systems' is there but unreadable (already reported): don't call every owner unknown.
            systems.TrustAllIds = true;
        }

        var entitiesReader = new EntitiesReader(diagnostics, systems);
        List<EntityDefinition> entities = entitiesReader.Read(entitiesNode);
        List<FlowDefinition> flows = new FlowsReader(diagnostics, systems, entities, entitiesReader.BrokenFields)
            .Read(merged.Sequence("flows"));

        var resolution = HoldingResolver.Resolve(systems.Valid, entities, flows, diagnostics);
        entities = FieldNamesCheck.Apply(entities, resolution.Holdings, diagnostics);
        return new OwnershipModel(
            merged.Text("name"),
            merged.Text("version"),
            ns,
            systems.Valid.ToEquatableArray(),
            entities.ToEquatableArray(),
            resolution.Flows.ToEquatableArray(),
            resolution.Holdings.ToEquatableArray());
    }

    /// <summary>One file's top level, or null (after reporting) when the file gives nothing to read.</summary>
    private static ModelSection? ReadDocument(YamlTree tree, string text, int source, ModelLimits limits, DiagnosticBag diagnostics)
    {
        int before = diagnostics.Items.Count;
        YamlNode? root = YamlTreeBuilder.Build(tree, text, limits, diagnostics.Items, source);
        if (root is null && diagnostics.Items.Skip(before).Any(d => d.Severity == ModelSeverity.Error))
        {
            return null; // not YAML, or over a limit: there is no tree to read
        }

        if (root is not { IsNull: false } document)
        {
            diagnostics.Add(ModelRules.EmptyModel, ModelSpan.StartOf(source), null);
            return null;
        }

        if (!ModelSection.IsMapping(document, "The ownership model", diagnostics, out YamlMapping rootMapping))
        {
            return null;
        }

        var top = new ModelSection(rootMapping, "the model", TopKeys, diagnostics);
        return ReadFormat(top, diagnostics) ? top : null;
    }

    private static bool ReadFormat(ModelSection top, DiagnosticBag diagnostics)
    {
        if (top.Scalar("sor") is not { } version)
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

    private static void RequireSection(MergedSections merged, string key, YamlMapping? node, DiagnosticBag diagnostics)
    {
        if (node is null && !merged.Declares(key))
        {
            diagnostics.Add(ModelRules.MissingKey, merged.First.Span.StartPoint, null, "The model", key);
        }
    }
}
