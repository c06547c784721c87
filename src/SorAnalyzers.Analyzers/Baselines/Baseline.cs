using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SorAnalyzers.Analyzers.Writes;
using SorAnalyzers.Model.Baselines;

namespace SorAnalyzers.Analyzers.Baselines;

/// <summary>
/// The project's baseline files (<c>*.sor.baseline</c> additional files, declared with the MSBuild property
/// <c>SorBaseline</c>), and how a reported write diagnostic maps to an entry. Used by the write analyzer, which reports
/// baselined violations as suppressed and entries that match nothing as SOR0113.
/// </summary>
internal sealed class Baseline
{
    /// <summary>The rules a baseline can hold: violations found at a write or use of a field, keyed by member and field.</summary>
    public static readonly ImmutableArray<string> Rules = BaselineFile.Rules.ToImmutableArray();

    private static readonly SymbolDisplayFormat MemberFormat = SymbolDisplayFormat.CSharpShortErrorMessageFormat;

    private Baseline(ImmutableArray<BaselineText> files) => Files = files;

    public ImmutableArray<BaselineText> Files { get; }

    public static Baseline? Load(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = ImmutableArray.CreateBuilder<BaselineText>();
        foreach (AdditionalText file in options.AdditionalFiles.Where(f => BaselineFile.IsBaseline(f.Path)).OrderBy(f => f.Path, System.StringComparer.Ordinal))
        {
            if (file.GetText(cancellationToken) is SourceText text)
            {
                files.Add(new BaselineText(file, text, Path.GetDirectoryName(file.Path) ?? string.Empty, BaselineFile.Parse(text.ToString())));
            }
        }

        return files.Count == 0 ? null : new Baseline(files.ToImmutable());
    }

    /// <summary>"AccountDesk.Close(SorRecord)": the enclosing member as a baseline names it.</summary>
    public static string MemberName(ISymbol? symbol) => symbol?.ToDisplayString(MemberFormat) ?? "<none>";

    public static bool IsBaselinable(Diagnostic diagnostic)
        => Rules.Contains(diagnostic.Id)
            && diagnostic.Location.IsInSource
            && diagnostic.Properties.ContainsKey(WriteProperties.FieldKey)
            && diagnostic.Properties.ContainsKey(WriteProperties.Member);

    /// <summary>
    /// The same diagnostic, suppressed: a DiagnosticSuppressor cannot suppress a diagnostic whose severity is
    /// Error (Roslyn's design), so the analyzer reports a baselined violation already suppressed. The compiler
    /// neither prints nor counts it, and its SARIF log lists it with a suppression.
    /// </summary>
    public static Diagnostic Suppressed(Diagnostic diagnostic)
    {
        DiagnosticDescriptor descriptor = diagnostic.Descriptor;
        return Diagnostic.Create(
            descriptor.Id, descriptor.Category, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), diagnostic.Severity,
            descriptor.DefaultSeverity, descriptor.IsEnabledByDefault, diagnostic.WarningLevel, isSuppressed: true,
            descriptor.Title, descriptor.Description, descriptor.HelpLinkUri, diagnostic.Location, diagnostic.AdditionalLocations,
            descriptor.CustomTags, diagnostic.Properties);
    }

    /// <summary>Each baselinable diagnostic with its entry, file paths relative to <paramref name="folder"/>.</summary>
    public static IReadOnlyList<(Diagnostic Diagnostic, BaselineEntry Entry)> Number(IEnumerable<Diagnostic> diagnostics, string folder)
        => BaselineEntry.Number(
            diagnostics.Where(IsBaselinable),
            d => (d.Id, BaselineEntry.RelativePath(folder, d.Location.SourceTree!.FilePath), d.Properties[WriteProperties.Member]!, d.Properties[WriteProperties.FieldKey]!),
            d => d.Location.SourceSpan.Start);

    /// <summary>A baseline file: where it is (entries name files relative to its folder), its text and its entries.</summary>
    internal sealed class BaselineText
    {
        public BaselineText(AdditionalText file, SourceText text, string folder, BaselineFile parsed)
        {
            File = file;
            Text = text;
            Folder = folder;
            Parsed = parsed;
            Entries = parsed.Entries.Select(l => l.Entry!).ToImmutableHashSet();
        }

        public AdditionalText File { get; }

        public SourceText Text { get; }

        public string Folder { get; }

        public BaselineFile Parsed { get; }

        public ImmutableHashSet<BaselineEntry> Entries { get; }

        public Location LocationOf(BaselineFile.Line line)
        {
            int start = System.Math.Min(line.Start, Text.Length);
            int end = System.Math.Min(line.End, Text.Length);
            return Location.Create(File.Path, TextSpan.FromBounds(start, end), Text.Lines.GetLinePositionSpan(TextSpan.FromBounds(start, end)));
        }
    }
}
