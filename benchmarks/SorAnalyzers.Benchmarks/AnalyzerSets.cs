using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SorAnalyzers.Analyzers.Bindings;
using SorAnalyzers.Analyzers.Model;
using SorAnalyzers.Analyzers.Writes;

namespace SorAnalyzers.Benchmarks;

/// <summary>The analyzers compared: ours, and Microsoft.CodeAnalysis.BannedApiAnalyzers as a peer.</summary>
internal static class AnalyzerSets
{
    /// <summary>
    /// A few entries as a team would ban them. <c>Console.WriteLine(string)</c> is used by the sample's
    /// Program.cs, so the peer reports real hits and we can check that it is loaded and reading the file.
    /// </summary>
    public const string BannedSymbols = """
        M:System.Console.WriteLine(System.String);Log through the job's logger
        P:System.DateTime.Now;Use the injected clock (TimeProvider)
        T:System.Net.WebClient;Use HttpClient
        M:System.Threading.Thread.Sleep(System.Int32);Use Task.Delay
        N:System.Data.SqlClient;Use Microsoft.Data.SqlClient
        """;

    public static ImmutableArray<DiagnosticAnalyzer> Ours { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
        new ModelDiagnosticsAnalyzer(),
        new WriteAnalyzer(),
        new ContextAttributeAnalyzer(),
        new BindingAnalyzer());

    /// <summary>Loaded from the package's own dll, exactly as the compiler loads an analyzer package.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> BannedApi { get; } = LoadBannedApi();

    private static ImmutableArray<DiagnosticAnalyzer> LoadBannedApi()
    {
        var failures = new List<string>();
        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (string dll in Directory.EnumerateFiles(RepoPaths.BannedApiAnalyzers, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
        {
            var reference = new AnalyzerFileReference(dll, SharedLoader.Instance);
            reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{Path.GetFileName(dll)}: {e.ErrorCode} {e.Message}");
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
        }

        if (failures.Count > 0 || analyzers.Count == 0)
        {
            throw new InvalidOperationException($"BannedApiAnalyzers did not load from {RepoPaths.BannedApiAnalyzers}: {string.Join("; ", failures)}");
        }

        return analyzers.ToImmutable();
    }

    /// <summary>Loads both dlls of the package into one context, so the C# one finds its shared base.</summary>
    private sealed class SharedLoader : IAnalyzerAssemblyLoader
    {
        public static readonly SharedLoader Instance = new();

        private readonly System.Runtime.Loader.AssemblyLoadContext _context = new("BannedApiAnalyzers");
        private readonly Dictionary<string, string> _paths = new(StringComparer.OrdinalIgnoreCase);

        private SharedLoader() => _context.Resolving += (context, name) =>
            _paths.TryGetValue(name.Name ?? string.Empty, out string? path) ? context.LoadFromAssemblyPath(path) : null;

        public void AddDependencyLocation(string fullPath) => _paths[Path.GetFileNameWithoutExtension(fullPath)] = fullPath;

        public Assembly LoadFromPath(string fullPath)
        {
            AddDependencyLocation(fullPath);
            foreach (string sibling in Directory.EnumerateFiles(Path.GetDirectoryName(fullPath)!, "*.dll"))
            {
                AddDependencyLocation(sibling);
            }

            return _context.Assemblies.FirstOrDefault(a => string.Equals(a.Location, fullPath, StringComparison.OrdinalIgnoreCase))
                ?? _context.LoadFromAssemblyPath(fullPath);
        }
    }
}
