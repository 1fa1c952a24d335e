using System.Text.Json;
using Matchmaking.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Orleans.Hosting;

public static class StorageSiloBuilderExtensions
{
    /// <summary>
    /// Orleans' ADO.NET grain storage named <paramref name="name"/> on <paramref name="database"/>, with JSON
    /// payloads (<paramref name="json"/>). The schema is created before the provider reads its queries, in the
    /// silo's lifecycle, so nothing is served before it exists. <see cref="StorageDatabase"/> and
    /// <see cref="StoredStates"/> become services for the read models.
    /// </summary>
    public static ISiloBuilder AddMatchmakingStorage(this ISiloBuilder builder, string name, StorageDatabase database, JsonSerializerOptions json)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(database);
        var serializer = builder.Services.AddMatchmakingStoredStates(database, json);
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, StorageSchemaParticipant>();
        var provider = name + ".adonet";

        // Orleans sends back only exceptions of the namespaces it is told (Microsoft, System, Azure): a PostgreSQL
        // failure in a grain called from another silo reached the caller as a CodecNotFoundException (answered 500)
        // instead of the DbException it is (answered 503).
        builder.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
        builder.AddAdoNetGrainStorage(provider, options =>
        {
            options.Invariant = database.Invariant;
            options.ConnectionString = database.ConnectionString;
            options.GrainStorageSerializer = serializer;
        });

        // Reminders (durable timers of grains) in the same database, in the table the schema script creates.
        builder.UseAdoNetReminderService(options =>
        {
            options.Invariant = database.Invariant;
            options.ConnectionString = database.ConnectionString;
        });

        // Grains name the storage; Orleans' provider sits behind it with keys it cannot misread.
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, (services, _) =>
            new KeyPreservingGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(provider)));
        return builder;
    }
}

public static class StoredStatesServiceCollectionExtensions
{
    /// <summary>
    /// What the read models read storage with, without grain storage: <see cref="StorageDatabase"/>, the JSON
    /// serializer and <see cref="StoredStates"/> (a silo adds them with its storage; a front end on its own).
    /// </summary>
    public static JsonStateSerializer AddMatchmakingStoredStates(this IServiceCollection services, StorageDatabase database, JsonSerializerOptions json)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(database);
        var serializer = new JsonStateSerializer(json);
        services.AddSingleton(database);
        services.AddSingleton(serializer);
        services.AddSingleton<StoredStates>();
        return serializer;
    }
}

/// <summary>
/// Creates the schema (and carries over a pre-Orleans store) before the storage provider and the reminder service
/// start: the reminder table reads its queries early in the silo's start (before the runtime's grain services), so
/// the schema is made first of all.
/// </summary>
internal sealed class StorageSchemaParticipant(StorageDatabase database, IOptions<ClusterOptions> cluster) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe<StorageSchemaParticipant>(ServiceLifecycleStage.RuntimeInitialize - 1, async ct =>
        {
            // The provider keys rows by the cluster's service id, the read models by the database's: one id for both.
            if (cluster.Value.ServiceId != database.ServiceId)
            {
                throw new InvalidOperationException(
                    $"The cluster's service id '{cluster.Value.ServiceId}' is not the storage's '{database.ServiceId}'.");
            }

            await StorageSchema.EnsureAsync(database, ct);
            await LegacyStore.CarryOverAsync(database, ct);
        });
}
