using Matchmaking.Runtime;
using Matchmaking.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the in-process grain runtime and grain storage providers to a service collection.</summary>
public static class GrainRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the runtime: <see cref="IGrainFactory"/> (singleton), <see cref="IGrainRuntimeDiagnostics"/>
    /// and a hosted service that collects idle activations while the host runs and, on stop, deactivates
    /// every activation. Grain classes are discovered in <see cref="GrainRuntimeOptions.GrainAssemblies"/>
    /// when the runtime is first resolved; a misconfiguration (e.g. two classes for one interface) throws then.
    /// </summary>
    public static IServiceCollection AddGrainRuntime(this IServiceCollection services, Action<GrainRuntimeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLogging();
        var options = services.AddOptions<GrainRuntimeOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<GrainRuntime>();
        services.TryAddSingleton<IGrainFactory>(provider => provider.GetRequiredService<GrainRuntime>());
        services.TryAddSingleton<IGrainRuntimeDiagnostics>(provider => provider.GetRequiredService<GrainRuntime>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GrainRuntimeHostedService>());
        return services;
    }

    /// <summary>Registers a grain storage provider as a keyed singleton <see cref="IGrainStorage"/> under <paramref name="name"/>.</summary>
    public static IServiceCollection AddGrainStorage(this IServiceCollection services, string name, Func<IServiceProvider, IGrainStorage> factory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(factory);
        return services.AddKeyedSingleton(name, (provider, _) => factory(provider));
    }
}
