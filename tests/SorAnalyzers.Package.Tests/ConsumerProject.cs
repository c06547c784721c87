using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

using SorAnalyzers.Testing;

namespace SorAnalyzers.Package.Tests;

/// <summary>
/// A fresh net10.0 console project in its own folder that references the packed SorAnalyzers by
/// PackageReference only, as a user who just ran <c>dotnet add package</c> has it.
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackageFeed feed;

    private ConsumerProject(PackageFeed feed, string name)
    {
        this.feed = feed;
        Name = name;
        Directory = Path.Combine(feed.ConsumersRoot, name);
    }

    public string Name { get; }

    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    /// <param name="extraProjectContent">More elements for the project body (items, properties, targets).</param>
    /// <param name="extraPackages">More package ids from the test feed, at the same version.</param>
    public static ConsumerProject Create(PackageFeed feed, string name, string program, string extraProjectContent = "", params string[] extraPackages)
    {
        var consumer = new ConsumerProject(feed, name);
        System.IO.Directory.CreateDirectory(consumer.Directory);
        string packages = string.Concat(new[] { "SorAnalyzers" }.Concat(extraPackages)
            .Select(id => $"""    <PackageReference Include="{id}" Version="{feed.Version}" />{Environment.NewLine}"""));
        File.WriteAllText(consumer.ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
            {packages}  </ItemGroup>
            {extraProjectContent}
            </Project>
            """);
        consumer.Write("Program.cs", program);
        return consumer;
    }

    /// <summary>Copies the reference model into the project as <c>revops.sor.yaml</c>, optionally edited.</summary>
    public string AddReferenceModel(Func<string, string>? edit = null, string relativePath = "revops.sor.yaml")
    {
        string yaml = File.ReadAllText(feed.ReferenceModelPath);
        Write(relativePath, edit is null ? yaml : edit(yaml));
        return Path.Combine(Directory, relativePath);
    }

    public void Write(string relativePath, string content)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Directory, relativePath));

    public CommandResult Build(params string[] arguments)
        => Dotnet(new[] { "build", ProjectFile, "-tl:off", "-nodeReuse:false" }.Concat(arguments).ToArray());

    /// <summary>Runs the built program (Debug) and returns what it printed.</summary>
    public CommandResult Run()
        => Dotnet(Path.Combine(Directory, "bin", "Debug", "net10.0", Name + ".dll"));

    /// <summary>Evaluates the project (after restore) and returns the identities of an item type.</summary>
    public IReadOnlyList<string> Items(string itemType, params string[] arguments)
    {
        using JsonDocument json = Evaluate(new[] { "-getItem:" + itemType }.Concat(arguments).ToArray());
        return json.RootElement.GetProperty("Items").GetProperty(itemType).EnumerateArray()
            .Select(item => item.GetProperty("Identity").GetString()!.Replace('\\', '/'))
            .ToList();
    }

    /// <summary>Evaluates the project (after restore) and returns a property's value.</summary>
    public string Property(string name, params string[] arguments)
    {
        // With a single -getProperty, MSBuild prints the bare value rather than JSON.
        CommandResult result = Dotnet(new[] { "msbuild", ProjectFile, "-getProperty:" + name }.Concat(arguments).ToArray());
        Require(result);
        return result.Output.Trim();
    }

    public CommandResult Restore() => Dotnet("restore", ProjectFile, "-tl:off", "-nodeReuse:false");

    private JsonDocument Evaluate(string[] arguments)
    {
        CommandResult result = Dotnet(new[] { "msbuild", ProjectFile }.Concat(arguments).ToArray());
        Require(result);
        return JsonDocument.Parse(result.Output);
    }

    private CommandResult Dotnet(params string[] arguments) => DotnetCommand.Run(Directory, feed.ConsumerEnvironment, arguments);

    private static void Require(CommandResult result)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("Evaluating the consumer failed:\n" + result);
        }
    }
}
