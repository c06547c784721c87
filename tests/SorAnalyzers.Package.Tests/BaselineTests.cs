using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Package.Tests;

/// <summary>
/// The baseline through real builds of a consumer of the packed package, recorded by the real `sor baseline`:
/// a declared but missing baseline fails; recorded, the legacy violations build clean and show as suppressed in
/// SARIF; a new violation fails while code added above keeps the recorded ones suppressed; a fixed write makes
/// its entry stale (SOR0113 at the entry's line). One project, built five times in sequence.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class BaselineTests
{
    private const string Legacy = """
        using Contoso.RevOps;
        using SorAnalyzers;

        [SorSystem("crm")]
        public static class LegacyCrmSync
        {
            public static void Apply(SorRecord account, decimal arr, bool risk)
            {
                account.Set(SorFields.Account.Arr, arr);
                account.Set(SorFields.Account.Arr, arr * 2);
                account.Set(SorFields.Account.RenewalRisk, risk);
            }
        }

        public static class UntaggedJob
        {
            public static void Touch(SorRecord account) => account.Set(SorFields.Account.Territory, "EMEA");
        }
        """;

    private readonly PackageFeed feed;

    public BaselineTests(PeerPackageFeed feed) => this.feed = feed;

    [Fact]
    public void Recorded_violations_are_suppressed_new_ones_fail_and_fixed_ones_are_reported_stale()
    {
        ConsumerProject consumer = ConsumerProject.Create(
            feed, "baseline", "System.Console.WriteLine(\"legacy\");\n",
            "<PropertyGroup><SorBaseline>legacy.sor.baseline</SorBaseline></PropertyGroup>");
        consumer.AddReferenceModel();
        consumer.Write("LegacyCrmSync.cs", Legacy);
        string baselinePath = Path.Combine(consumer.Directory, "legacy.sor.baseline");

        // 1. Declared but missing: the build fails loudly instead of suppressing nothing (or everything).
        CommandResult missing = consumer.Build();
        Assert.True(missing.ExitCode == 1, missing.ToString());
        Assert.Contains("error SOR0114: The baseline 'legacy.sor.baseline' declared by the SorBaseline property does not exist", missing.Output);

        // 2. Record it with the real tool.
        CommandResult record = DotnetCommand.Run(consumer.Directory, feed.ConsumerEnvironment, SorDll, "baseline", consumer.ProjectFile);
        Assert.True(record.ExitCode == 0, record.ToString());
        Assert.Contains("Recorded 4 violation(s) in legacy.sor.baseline: SOR0101 × 3, SOR0103 × 1.", record.Output);
        string[] entries = File.ReadAllLines(baselinePath).Where(l => !l.StartsWith('#')).ToArray();
        Assert.Equal(
            [
                "SOR0101\tLegacyCrmSync.cs\tLegacyCrmSync.Apply(SorRecord, decimal, bool)\tAccount.Arr\t1",
                "SOR0101\tLegacyCrmSync.cs\tLegacyCrmSync.Apply(SorRecord, decimal, bool)\tAccount.Arr\t2",
                "SOR0101\tLegacyCrmSync.cs\tLegacyCrmSync.Apply(SorRecord, decimal, bool)\tAccount.RenewalRisk\t1",
                "SOR0103\tLegacyCrmSync.cs\tUntaggedJob.Touch(SorRecord)\tAccount.Territory\t1",
            ],
            entries);

        // 3. Baselined: clean, and SARIF still lists each violation, as suppressed.
        CommandResult clean = consumer.Build("-p:ErrorLog=baseline.sarif%2Cversion=2.1");
        BuildOutput.SucceededClean(clean);
        JsonElement[] results = Results(Path.Combine(consumer.Directory, "baseline.sarif"));
        JsonElement[] sor0101 = results.Where(r => r.GetProperty("ruleId").GetString() == "SOR0101").ToArray();
        Assert.Equal(3, sor0101.Length);
        Assert.All(sor0101, r => Assert.Equal(1, r.GetProperty("suppressions").GetArrayLength()));
        Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "SOR0103" && r.GetProperty("suppressions").GetArrayLength() == 1);

        // 4. Code added above the baselined writes (lines move) and one new violation below them:
        //    only the new one fails; the recorded ones stay suppressed.
        string edited = Legacy
            .Replace("[SorSystem(\"crm\")]\npublic static class LegacyCrmSync\n{\n",
                "[SorSystem(\"crm\")]\npublic static class LegacyCrmSync\n{\n    // Added later: a helper above the legacy writes.\n    public static int Helper() => 42;\n\n")
            .Replace("        account.Set(SorFields.Account.RenewalRisk, risk);\n",
                "        account.Set(SorFields.Account.RenewalRisk, risk);\n        account.Set(SorFields.Account.HealthStatus, AccountHealthStatus.Red);\n");
        Assert.NotEqual(Legacy, edited);
        consumer.Write("LegacyCrmSync.cs", edited);
        CommandResult newViolation = consumer.Build();
        BuildOutput.FailedAt(newViolation, "LegacyCrmSync.cs", BuildOutput.LineOf(Path.Combine(consumer.Directory, "LegacyCrmSync.cs"), "AccountHealthStatus.Red"), "SOR0101");
        Assert.Single(Regex.Matches(newViolation.Output, @"LegacyCrmSync\.cs\(\d+,\d+\): error SOR0101").Select(m => m.Value).Distinct());

        // 5. The new write removed and one baselined write fixed: clean, and its entry is reported as stale at its line.
        consumer.Write("LegacyCrmSync.cs", edited
            .Replace("        account.Set(SorFields.Account.HealthStatus, AccountHealthStatus.Red);\n", string.Empty)
            .Replace("        account.Set(SorFields.Account.Arr, arr * 2);\n", string.Empty));
        CommandResult fixedOne = consumer.Build("-p:ErrorLog=stale.sarif%2Cversion=2.1");
        BuildOutput.Succeeded(fixedOne);
        JsonElement stale = Assert.Single(Results(Path.Combine(consumer.Directory, "stale.sarif")), r => r.GetProperty("ruleId").GetString() == "SOR0113");
        Assert.Equal("note", stale.GetProperty("level").GetString());
        Assert.Contains("The baseline entry SOR0101 Account.Arr in LegacyCrmSync.Apply(SorRecord, decimal, bool) (occurrence 2), LegacyCrmSync.cs, matches no violation any more", stale.GetProperty("message").GetProperty("text").GetString());
        JsonElement location = stale.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("legacy.sor.baseline", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(BuildOutput.LineOf(baselinePath, "Account.Arr\t2"), location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    private static string SorDll => Path.Combine(AppContext.BaseDirectory, "sor.dll");

    private static JsonElement[] Results(string sarif)
    {
        using JsonDocument log = JsonDocument.Parse(File.ReadAllText(sarif));
        return log.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(r => r.TryGetProperty("results", out JsonElement results) ? results.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(r => r.Clone())
            .ToArray();
    }
}
