using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace SorAnalyzers.Docs.Tests;

/// <summary>
/// Every relative link in the repository's Markdown leads somewhere: the file or folder exists in the clone, and an
/// anchor (<c>page.md#section</c>, <c>#section</c>) names a heading of that page.
/// </summary>
public sealed class LinkTests
{
    [Fact]
    public void Every_relative_link_names_a_file_of_the_repository_and_an_anchor_of_it()
    {
        IReadOnlyList<string> files = Repository.TrackedFiles();
        var tracked = new HashSet<string>(files, StringComparer.Ordinal);
        var folders = new HashSet<string>(files.SelectMany(FoldersOf), StringComparer.Ordinal);
        var anchors = new Dictionary<string, ISet<string>>(StringComparer.Ordinal);
        var broken = new List<string>();
        int checkedLinks = 0;
        foreach (string page in files.Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
        {
            foreach ((int line, string link) in Markdown.Links(Repository.Read(page)))
            {
                if (link.Contains("://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                checkedLinks++;
                string[] parts = link.Split('#', 2);
                string target = parts[0].Length == 0 ? page : Resolve(page, Uri.UnescapeDataString(parts[0]));
                if (!tracked.Contains(target) && !folders.Contains(target.TrimEnd('/')))
                {
                    broken.Add($"{page}({line}): {link} names {target}, which the repository does not have");
                    continue;
                }

                if (parts.Length == 2 && target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    if (!anchors.TryGetValue(target, out ISet<string>? known))
                    {
                        known = anchors[target] = Markdown.Anchors(Repository.Read(target));
                    }

                    if (!known.Contains(parts[1]))
                    {
                        broken.Add($"{page}({line}): {link}: {target} has no heading with the anchor #{parts[1]}");
                    }
                }
            }
        }

        Assert.True(checkedLinks > 100, $"Only {checkedLinks} relative links were found: the Markdown was not read");
        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Anchors_follow_the_way_GitHub_names_headings()
    {
        ISet<string> anchors = Markdown.Anchors("# Figures after the generated classes' names (the third session)\n## SOR0101: a write\n## Notes\n## Notes\n```\n# not a heading\n```\n");

        Assert.Equal(
            new[] { "figures-after-the-generated-classes-names-the-third-session", "notes", "notes-1", "sor0101-a-write" },
            anchors.OrderBy(a => a, StringComparer.Ordinal));
    }

    [Fact]
    public void Links_in_code_are_not_links()
    {
        var links = Markdown.Links("See [the rules](rules/model-rules.md) and ![logo](logo.png).\n`[not](a-link.md)`\n```\n[nor](this.md)\n```\n");

        Assert.Equal(new[] { (1, "rules/model-rules.md") }, links);
    }

    private static string Resolve(string page, string relative)
    {
        var segments = new List<string>(page.Split('/')[..^1]);
        foreach (string segment in relative.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return "../" + relative; // outside the repository: never a file of it
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not "." and not "")
            {
                segments.Add(segment);
            }
        }

        return string.Join("/", segments) + (relative.EndsWith('/') ? "/" : string.Empty);
    }

    private static IEnumerable<string> FoldersOf(string file)
    {
        string[] parts = file.Split('/');
        for (int i = 1; i < parts.Length; i++)
        {
            yield return string.Join("/", parts[..i]);
        }
    }
}
