using System.Linq;
using SorAnalyzers.Model.Reading;
using Xunit;

namespace SorAnalyzers.Model.Tests;

/// <summary>The shared read: one read per model input for the generator and the analyzers, bounded.</summary>
public class ModelReadCacheTests
{
    // Each test uses texts no other test reads (a unique comment), so tests running at once cannot collide.
    private static string Model(string tag) => $"# {tag}\nsor: 1\nsystems: {{ crm: {{}} }}\nentities:\n  A:\n    fields:\n      F: {{ type: string, owner: crm }}\n";

    [Fact]
    public void The_same_content_is_read_once_even_as_a_new_string()
    {
        string text = Model(nameof(The_same_content_is_read_once_even_as_a_new_string));
        ModelReadResult first = ModelReadCache.Read(text);
        ModelReadResult again = ModelReadCache.Read(new string(text.ToCharArray()));

        Assert.Same(first, again);
        Assert.Equal(ModelReader.Read(text), first);
        Assert.NotNull(first.Model);
    }

    [Fact]
    public void Other_content_or_another_path_is_another_read()
    {
        string text = Model(nameof(Other_content_or_another_path_is_another_read));
        ModelReadResult one = ModelReadCache.Read(text);

        Assert.NotSame(one, ModelReadCache.Read(text + "# edited\n"));
        var inFile = new[] { new ModelSource("a.sor.yaml", text) };
        var inOtherFile = new[] { new ModelSource("b.sor.yaml", text) };
        ModelReadResult a = ModelReadCache.Read(inFile, () => ModelReader.Read(text));
        Assert.NotSame(a, ModelReadCache.Read(inOtherFile, () => ModelReader.Read(text)));
        Assert.Same(a, ModelReadCache.Read(inFile, () => throw new Xunit.Sdk.XunitException("a hit must not read")));
    }

    [Fact]
    public void A_model_of_several_files_is_one_input_whatever_their_order()
    {
        string tag = nameof(A_model_of_several_files_is_one_input_whatever_their_order);
        var systems = new ModelSource("a.sor.yaml", $"# {tag}\nsor: 1\nsystems: {{ crm: {{}} }}\n");
        var entities = new ModelSource("b.sor.yaml", "sor: 1\nentities:\n  A:\n    fields:\n      F: { type: string, owner: crm }\n");
        ModelReadResult read = ModelReadCache.Read(new[] { systems, entities });

        Assert.Same(read, ModelReadCache.Read(new[] { entities, systems }));
        Assert.Equal(ModelReader.Read(new[] { systems, entities }), read);
        Assert.NotNull(read.Model?.FindField("A.F"));
    }

    [Fact]
    public void It_keeps_only_the_most_recent_inputs()
    {
        string text = Model(nameof(It_keeps_only_the_most_recent_inputs));
        ModelReadResult first = ModelReadCache.Read(text);
        for (int i = 0; i < ModelReadCache.Capacity; i++)
        {
            ModelReadCache.Read(Model(nameof(It_keeps_only_the_most_recent_inputs) + i));
        }

        Assert.NotSame(first, ModelReadCache.Read(text));
    }

    [Fact]
    public void It_keeps_no_more_text_than_its_bound()
    {
        // Inputs of 0.4 of the bound each: two fit, a third pushes out the least recently used.
        string padding = new('x', (int)(ModelReadCache.MaxCharacters * 2 / 5));
        var inputs = new[] { "a", "b", "c" }.Select(n => new[] { new ModelSource($"{nameof(It_keeps_no_more_text_than_its_bound)}.{n}", padding) }).ToList();
        ModelReadResult a = ModelReadCache.Read(inputs[0], () => ModelReader.Read("sor: 1\n"));
        ModelReadResult b = ModelReadCache.Read(inputs[1], () => ModelReader.Read("sor: 1\n"));
        ModelReadCache.Read(inputs[2], () => ModelReader.Read("sor: 1\n"));

        Assert.Same(b, ModelReadCache.Read(inputs[1], () => throw new Xunit.Sdk.XunitException("b must still be kept")));
        Assert.NotSame(a, ModelReadCache.Read(inputs[0], () => ModelReader.Read("sor: 1\n")));
    }

    [Fact]
    public void A_read_that_throws_is_not_kept()
    {
        var input = new[] { new ModelSource("x.sor.yaml", nameof(A_read_that_throws_is_not_kept)) };
        Assert.Throws<System.InvalidOperationException>(() => ModelReadCache.Read(input, () => throw new System.InvalidOperationException("broken")));

        ModelReadResult read = ModelReadCache.Read(input, () => ModelReader.Read("sor: 1\n"));
        Assert.Same(read, ModelReadCache.Read(input, () => throw new Xunit.Sdk.XunitException("a hit must not read")));
    }
}
