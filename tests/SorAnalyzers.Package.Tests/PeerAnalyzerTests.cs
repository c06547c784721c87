using System.Linq;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Package.Tests;

/// <summary>
/// SorAnalyzers beside another vendor's generator package that bundles its own, different YamlDotNet
/// (older and newer than ours): both must load and run in one compilation, and a model error must
/// still be reported.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PeerAnalyzerTests
{
    private readonly PackageFeed feed;

    public PeerAnalyzerTests(PackageFeed feed) => this.feed = feed;

    public static TheoryData<string> PeerVersions() => new(PackageFeed.PeerYamlDotNetVersions);

    [Theory]
    [MemberData(nameof(PeerVersions))]
    public void Both_generators_run_and_model_errors_are_still_reported_beside_another_YamlDotNet(string peerYamlDotNet)
    {
        ConsumerProject consumer = ConsumerProject.Create(feed, "peer-" + peerYamlDotNet, """
            System.Console.WriteLine(Contoso.RevOps.SorFields.Account.Arr.Owner);
            System.Console.WriteLine(PeerYaml.PeerYamlInfo.ModelNames);
            System.Console.WriteLine("peer ran on YamlDotNet " + PeerYaml.PeerYamlInfo.YamlDotNetVersion);
            """, "", PackageFeed.PeerPackageId(peerYamlDotNet));
        consumer.AddReferenceModel();

        BuildOutput.SucceededClean(consumer.Build());
        string[] lines = BuildOutput.Lines(consumer.Run());
        Assert.Equal(new[] { "billing", "Contoso revenue operations" }, lines.Take(2));

        string model = consumer.AddReferenceModel(yaml => yaml.Replace("Arr:          { type: decimal, owner: billing,", "Arr:          { type: decimal, owner: erp,"));
        BuildOutput.FailedAt(consumer.Build(), "revops.sor.yaml", BuildOutput.LineOf(model, "owner: erp"), "SOR0012");
    }
}
