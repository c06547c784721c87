using System.Text.RegularExpressions;
using Xunit;

namespace SorAnalyzers.Package.Tests;

/// <summary>
/// The failure that otherwise passes silently: the compiler is not handed YamlDotNet as an analyzer,
/// so the generator and analyzers cannot run. By default the package makes that a failed build.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LoadFailureTests
{
    // Takes YamlDotNet out of the analyzers the compiler gets, as a broken packaging would.
    private const string WithoutYamlDotNet = """
          <Target Name="DropYamlDotNetFromAnalyzers" BeforeTargets="CoreCompile">
            <ItemGroup>
              <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'YamlDotNet'" />
            </ItemGroup>
          </Target>
        """;

    private static readonly Regex LoadFailureError = new(@": error (AD0001|CS8784|CS8785):");
    private static readonly Regex LoadFailureWarning = new(@": warning (AD0001|CS8784|CS8785):");

    private readonly PackageFeed feed;

    public LoadFailureTests(PackageFeed feed) => this.feed = feed;

    [Fact]
    public void A_generator_or_analyzer_that_cannot_load_fails_the_build_unless_turned_off()
    {
        ConsumerProject consumer = ConsumerProject.Create(feed, "load-failure", "System.Console.WriteLine(\"hello\");\n", WithoutYamlDotNet);
        consumer.AddReferenceModel();

        CommandResult loud = consumer.Build();
        Assert.True(loud.ExitCode == 1, loud.ToString());
        Assert.True(LoadFailureError.IsMatch(loud.Output), loud.ToString());

        CommandResult quiet = consumer.Build("-p:SorAnalyzersLoadFailuresAsErrors=false");
        Assert.True(LoadFailureWarning.IsMatch(quiet.Output), quiet.ToString());
        Assert.DoesNotMatch(LoadFailureError, quiet.Output);
    }
}
