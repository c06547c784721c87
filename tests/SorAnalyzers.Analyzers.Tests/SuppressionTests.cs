using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static SorAnalyzers.Analyzers.Tests.SorVerifier;

namespace SorAnalyzers.Analyzers.Tests;

/// <summary>The usual ways to silence or re-grade a rule work on ours.</summary>
public class SuppressionTests
{
    [Fact]
    public Task Pragma_warning_disable() => VerifyAsync("""
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class Sync
        {
            void Run(AccountDto dto)
            {
        #pragma warning disable SOR0101 // a one-off backfill, agreed with Finance
                dto.Arr = 1m;
        #pragma warning restore SOR0101
                {|SOR0101:dto.Arr = 2m|};
            }
        }
        """, behaviors: TestBehaviors.SkipSuppressionCheck);

    [Fact]
    public Task Suppress_message_attribute() => VerifyAsync("""
        using System.Diagnostics.CodeAnalysis;
        using SorAnalyzers;
        using Contoso.RevOps;

        [SorSystem("crm")]
        class Sync
        {
            [SuppressMessage("SorAnalyzers.Writes", "SOR0101", Justification = "backfill")]
            void Backfill(AccountDto dto) => dto.Arr = 1m;

            void Run(AccountDto dto) => {|SOR0101:dto.Arr = 2m|};
        }
        """);

    /// <remarks>
    /// Raising a severity (warning → error) through .editorconfig is checked by the end-to-end build script:
    /// the testing library reports analyzer diagnostics at their descriptor's severity.
    /// </remarks>
    [Fact]
    public async Task Editorconfig_silences_a_rule_per_file()
    {
        var test = new SorTest<EmptyCodeFixProvider>
        {
            TestCode = """
                using Contoso.RevOps;

                class Legacy
                {
                    void Run(AccountDto dto) { dto.Arr = 1m; var x = {|SOR0108:dto.LegacyId|}; }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.SOR0103.severity = none
            """));
        await test.RunAsync();
    }
}
