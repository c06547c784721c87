using System.Text.RegularExpressions;
using Xunit;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Package.Tests;

/// <summary>
/// The failure that otherwise passes silently (TOOLCHAIN.md): the compiler is not handed YamlDotNet as
/// an analyzer, so the generator and analyzers cannot run. The compiler reports that only as a warning
/// naming our assembly (CS8785, AD0001), which the package makes an error by default. This needs the
/// generator and analyzers to let an assembly-load exception (FileNotFoundException, FileLoadException,
/// TypeLoadException, MissingMethodException) escape rather than treat it as a bad model.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "EndToEnd")]
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

    private static readonly Regex LoadFailureError = new(@": error (AD0001|CS8032|CS8034|CS8784|CS8785|CS9057):");
    private static readonly Regex LoadFailureWarning = new(@": warning (AD0001|CS8032|CS8034|CS8784|CS8785|CS9057):");

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
