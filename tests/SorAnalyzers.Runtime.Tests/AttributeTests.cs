using System;
using System.Linq;
using System.Reflection;
using SorAnalyzers;
using Xunit;

namespace SorAnalyzers.Runtime.Tests;

public class AttributeTests
{
    private const AttributeTargets ContextTargets =
        AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct |
        AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor;

    [Theory]
    [InlineData(typeof(SorSystemAttribute), ContextTargets)]
    [InlineData(typeof(SorFlowAttribute), ContextTargets)]
    [InlineData(typeof(SorModelFieldAttribute), AttributeTargets.Property | AttributeTargets.Field)]
    [InlineData(typeof(SorModelEntityAttribute), AttributeTargets.Class)]
    [InlineData(typeof(SorViewAttribute), AttributeTargets.Class | AttributeTargets.Struct)]
    [InlineData(typeof(SorWritesAttribute), AttributeTargets.Parameter)]
    public void Each_attribute_is_valid_exactly_on_its_targets_once_and_not_inherited(Type attribute, AttributeTargets targets)
    {
        var usage = attribute.GetCustomAttribute<AttributeUsageAttribute>();

        Assert.NotNull(usage);
        Assert.Equal(targets, usage.ValidOn);
        Assert.False(usage.AllowMultiple);
        Assert.False(usage.Inherited);
        Assert.True(attribute.IsSealed);
    }

    [Fact]
    public void The_constructor_arguments_are_exposed()
    {
        Assert.Equal("crm", new SorSystemAttribute("crm").Id);
        Assert.Equal("billing-to-crm", new SorFlowAttribute("billing-to-crm").Id);

        var modelField = new SorModelFieldAttribute("Account", "Arr");
        Assert.Equal("Account", modelField.Entity);
        Assert.Equal("Arr", modelField.Field);
    }

    [Fact]
    public void A_view_names_a_system_or_a_flow()
    {
        var systemView = new SorViewAttribute("Account") { System = "crm" };
        var flowView = new SorViewAttribute("Account") { Flow = "billing-to-crm" };

        Assert.Equal("Account", systemView.Entity);
        Assert.Equal("crm", systemView.System);
        Assert.Null(systemView.Flow);
        Assert.Equal("billing-to-crm", flowView.Flow);
        Assert.Null(flowView.System);
    }

    [Fact]
    public void The_record_setters_mark_the_field_argument_as_written()
    {
        var setters = typeof(SorRecord).GetMethods().Where(m => m.Name == nameof(SorRecord.Set))
            .Concat(typeof(SorFlowApplication).GetMethods().Where(m => m.Name is nameof(SorFlowApplication.Copy) or nameof(SorFlowApplication.Write)))
            .ToList();

        Assert.Equal(5, setters.Count); // Set by field, with a writer, by key; Copy; Write
        foreach (var setter in setters)
        {
            var parameters = setter.GetParameters();
            Assert.Single(parameters, p => p.GetCustomAttribute<SorWritesAttribute>() is not null);
            Assert.Contains(parameters, p => p.GetCustomAttribute<SorWritesAttribute>() is not null && (p.Name is "field" or "key"));
        }
    }

    [Fact]
    public void Attributes_read_back_from_annotated_code()
    {
        var view = typeof(CrmAccountView);
        var arr = view.GetProperty(nameof(CrmAccountView.Arr))!;

        Assert.Equal("crm", view.GetCustomAttribute<SorSystemAttribute>()!.Id);
        Assert.Equal("crm", view.GetCustomAttribute<SorViewAttribute>()!.System);
        Assert.Equal("Arr", arr.GetCustomAttribute<SorModelFieldAttribute>()!.Field);
        Assert.Equal("billing-to-crm", view.GetMethod(nameof(CrmAccountView.Sync))!.GetCustomAttribute<SorFlowAttribute>()!.Id);
    }

    [SorSystem("crm")]
    [SorView("Account", System = "crm")]
    private sealed class CrmAccountView
    {
        [SorModelField("Account", "Arr")]
        public decimal Arr { get; set; }

        [SorFlow("billing-to-crm")]
        public void Sync()
        {
        }
    }
}
