using SorAnalyzers.Model.Definitions;
using SorAnalyzers.Model.Reading;
using Xunit;

namespace SorAnalyzers.Model.Tests;

/// <summary>A field's key is made once, with the field: it must still follow the field's entity and name.</summary>
public class FieldDefinitionTests
{
    private static FieldDefinition Arr() => ModelReader.Read(
        "sor: 1\nsystems: { billing: {} }\nentities:\n  Account:\n    fields:\n      arr: { type: decimal, owner: billing }\n").Model!.FindField("Account.arr")!;

    [Fact]
    public void A_copy_with_another_name_or_entity_has_the_key_of_its_new_name()
    {
        FieldDefinition arr = Arr();

        FieldDefinition renamed = arr with { Name = "mrr" };
        FieldDefinition moved = arr with { Entity = "Contract" };

        Assert.Equal("Account.arr", arr.Key);
        Assert.Equal("Account.mrr", renamed.Key);
        Assert.Equal("Contract.arr", moved.Key);
        Assert.Equal(arr, renamed with { Name = "arr" });
        Assert.NotEqual(arr, renamed);
    }

    [Fact]
    public void Two_reads_of_one_field_are_equal_and_hash_alike()
    {
        Assert.Equal(Arr(), Arr());
        Assert.Equal(Arr().GetHashCode(), Arr().GetHashCode());
    }
}
