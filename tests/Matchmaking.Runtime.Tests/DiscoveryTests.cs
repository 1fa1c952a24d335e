using System.Reflection;
using System.Reflection.Emit;
using Matchmaking.Runtime.Tests.Grains;
using Matchmaking.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Runtime.Tests;

public sealed class DiscoveryTests
{
    [Fact]
    public async Task A_grain_is_found_through_its_own_interface_and_its_generic_base_interface_as_one_grain()
    {
        await using var silo = await TestSilo.StartAsync();

        await silo.Grains.GetGrain<IProfileGrain<CompanyProfile>>("acme").SetAsync(new CompanyProfile("Acme", "Torino"));

        var company = silo.Grains.GetGrain<ICompanyGrain>("acme");
        Assert.Equal("company/acme", await company.GetGrainIdTextAsync());
        Assert.Equal(new CompanyProfile("Acme", "Torino"), await company.GetAsync());
        Assert.Equal(1, silo.Diagnostics.ActivationCount);
    }

    [Fact]
    public async Task An_empty_key_is_rejected()
    {
        await using var silo = await TestSilo.StartAsync();

        Assert.Throws<ArgumentException>(() => silo.Grains.GetGrain<ICounterGrain>(""));
    }

    [Fact]
    public async Task An_interface_without_a_grain_class_is_rejected_with_a_clear_message()
    {
        await using var silo = await TestSilo.StartAsync();

        var error = Assert.Throws<InvalidOperationException>(() => silo.Grains.GetGrain<IUnimplementedGrain>("x"));
        Assert.Contains(nameof(IUnimplementedGrain), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(GrainRuntimeOptions.GrainAssemblies), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_grain_classes_for_one_interface_fail_at_startup()
    {
        var services = new ServiceCollection();
        services.AddGrainRuntime(options => options.GrainAssemblies.Add(EmitTwoImplementationsOf<IUnimplementedGrain>()));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IGrainFactory>());

        Assert.Contains("FirstDuplicateGrain", error.Message, StringComparison.Ordinal);
        Assert.Contains("SecondDuplicateGrain", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(CompanyGrain), "company")]
    [InlineData(typeof(ReentrantGateGrain), "reentrantgate")]
    public void The_grain_type_name_is_the_class_name_without_Grain_lowercased(Type grainClass, string expected) =>
        Assert.Equal(expected, GrainTypeCatalog.TypeNameOf(grainClass));

    // Emitted, because two such classes in this assembly would break every other test's discovery.
    private static Assembly EmitTwoImplementationsOf<TGrainInterface>()
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("DuplicateGrains"), AssemblyBuilderAccess.Run);
        var module = assembly.DefineDynamicModule("DuplicateGrains");
        foreach (var name in new[] { "FirstDuplicateGrain", "SecondDuplicateGrain" })
        {
            var type = module.DefineType(name, TypeAttributes.Public | TypeAttributes.Sealed, typeof(Grain), [typeof(TGrainInterface)]);
            type.DefineDefaultConstructor(MethodAttributes.Public);
            type.CreateType();
        }

        return assembly;
    }
}
