using System;
using System.Linq;
using SorAnalyzers.Testing;
using Xunit;

namespace SorAnalyzers.Docs.Tests;

/// <summary>
/// The README's Quick start, verbatim, in a fresh project that references the packed package: the build
/// fails with exactly the errors the snippet's comments promise, at their lines, and the SOR error says
/// what the README quotes.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(DocsPackageCollection.Name)]
public sealed class QuickStartTests
{
    private readonly PackageFeed feed;

    public QuickStartTests(PackageFeed feed) => this.feed = feed;

    [Fact]
    public void The_quick_start_fails_the_build_with_the_promised_errors_at_their_lines()
    {
        QuickStart quickStart = QuickStart.FromReadme();
        Assert.Equal("revops.sor.yaml", quickStart.ModelFileName);
        Assert.Equal("AccountDesk.cs", quickStart.CodeFileName);
        Assert.Contains(quickStart.PromisedErrors, e => e.Id == "SOR0101");
        Assert.NotEqual("", quickStart.PromisedMessage);

        ConsumerProject consumer = ConsumerProject.Create(feed, "quick-start", "System.Console.WriteLine();");
        consumer.Write(quickStart.ModelFileName, quickStart.Model);
        consumer.Write(quickStart.CodeFileName, quickStart.Code);
        CommandResult build = consumer.Build();

        Assert.True(build.ExitCode == 1, build.ToString());
        Assert.True(quickStart.PromisedErrors.OrderBy(e => e.Line).ThenBy(e => e.Id, StringComparer.Ordinal).SequenceEqual(quickStart.ErrorsIn(build.Output)),
            $"the README promises {string.Join(", ", quickStart.PromisedErrors)}\n{build}");
        Assert.Equal(quickStart.PromisedMessage, quickStart.MessageOf(build.Output, "SOR0101"));
    }
}

/// <summary>The docs tests that build against the package share one pack.</summary>
[CollectionDefinition(Name)]
public sealed class DocsPackageCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "docs package";
}
