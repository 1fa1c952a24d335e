using Matchmaking.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matchmaking.Persistence;

/// <summary>Registers ADO.NET grain storages with a host.</summary>
public static class AdoNetGrainStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers one storage as keyed singletons under <paramref name="name"/>: <see cref="IGrainStorage"/>,
    /// <see cref="IGrainStorageScanner"/> and <see cref="AdoNetGrainStorage"/> (one shared instance), plus a
    /// hosted service that creates the schema at start. Call once per storage name.
    /// </summary>
    public static IServiceCollection AddAdoNetGrainStorage(this IServiceCollection services, string name, AdoNetStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);

        // Copy now, so later changes to the caller's options object cannot change a registered storage.
        var snapshot = new AdoNetStorageOptions
        {
            Provider = options.Provider,
            ConnectionString = options.ConnectionString,
            ServiceId = options.ServiceId,
            SerializerOptions = options.SerializerOptions,
        };
        if (string.IsNullOrWhiteSpace(snapshot.ConnectionString))
        {
            throw new ArgumentException($"Grain storage '{name}' has no connection string.", nameof(options));
        }

        services.AddKeyedSingleton(name, (_, _) => AdoNetGrainStorage.Create(snapshot));
        services.AddKeyedSingleton<IGrainStorage>(name, (provider, key) => provider.GetRequiredKeyedService<AdoNetGrainStorage>(key));
        services.AddKeyedSingleton<IGrainStorageScanner>(name, (provider, key) => provider.GetRequiredKeyedService<AdoNetGrainStorage>(key));

        // AddSingleton, not AddHostedService: the latter de-duplicates by type and would drop a second storage.
        services.AddSingleton<IHostedService>(provider =>
            new GrainStorageSchemaInitializer(provider.GetRequiredKeyedService<AdoNetGrainStorage>(name)));
        return services;
    }
}
