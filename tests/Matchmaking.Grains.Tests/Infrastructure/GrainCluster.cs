using Matchmaking.Abstractions.Json;
using Matchmaking.Grains.ReadModels;
using Matchmaking.Storage;
using Matchmaking.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Runtime.Placement;
using Orleans.TestingHost;

namespace Matchmaking.Grains.Tests.Infrastructure;

/// <summary>
/// The grains in an Orleans <see cref="TestCluster"/> of in-process silos (two by default) sharing one temp SQLite
/// file, each with its own read models following the others' writes through storage (<c>FollowStorage</c> on, as the
/// silo turns it on when clustered). <see cref="StartAsync"/> before use. The primary silo (<c>Silos[0]</c>) holds the
/// test membership: stop or kill the others.
/// </summary>
public sealed class GrainCluster : IAsyncDisposable
{
    /// <summary>The configuration key the silos find the database file under.</summary>
    public const string DatabaseFileKey = "Matchmaking:Tests:DatabaseFile";

    private readonly TempDirectory folder = new();
    private readonly short silos;
    private readonly List<Type> configurators = [];
    private TestCluster? cluster;

    /// <param name="silos">How many silos start with the cluster.</param>
    public GrainCluster(short silos = 2)
    {
        this.silos = silos;
    }

    public TestCluster Cluster => cluster ?? throw new InvalidOperationException("The grain cluster has not started.");

    /// <summary>The running silos, the primary first, then in the order they started.</summary>
    public IReadOnlyList<ClusterSilo> Silos => [.. Cluster.Silos.Where(s => s.IsActive).Select(s => new ClusterSilo((InProcessSiloHandle)s))];

    /// <summary>The storage every silo writes to.</summary>
    public StorageDatabase Database => new(StorageProvider.Sqlite, DatabaseFile, Cluster.Options.ServiceId);

    private string DatabaseFile => folder.Combine("grains.db");

    /// <summary>Adds an <see cref="ISiloConfigurator"/> (more services for the grains) to every silo; before <see cref="StartAsync"/>.</summary>
    public GrainCluster With<TConfigurator>()
        where TConfigurator : ISiloConfigurator, new()
    {
        configurators.Add(typeof(TConfigurator));
        return this;
    }

    /// <summary>Starts the silos; returns once each sees every other active (so placement may choose any).</summary>
    public async Task StartAsync()
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        builder.Options.InitializeClientOnDeploy = false; // the tests call through the silos' own grain factories
        builder.Properties[DatabaseFileKey] = DatabaseFile;
        builder.AddSiloBuilderConfigurator<MatchmakingSiloConfigurator>();
        foreach (var type in configurators)
        {
            builder.Options.SiloBuilderConfiguratorTypes.Add(type.AssemblyQualifiedName);
        }

        cluster = builder.Build();
        await cluster.DeployAsync();
        await WaitForMembershipAsync();
    }

    /// <summary>Starts one more silo on the same store; returns once it is up (its read models loaded) and known to all.</summary>
    public async Task<ClusterSilo> StartSiloAsync()
    {
        var handle = (InProcessSiloHandle)await Cluster.StartAdditionalSiloAsync();
        var silo = new ClusterSilo(handle);
        await WaitForMembershipAsync();
        return silo;
    }

    /// <summary>Stops a silo gracefully (its activations deactivate) and waits until the others know it has gone.</summary>
    public async Task StopSiloAsync(ClusterSilo silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        await Cluster.StopSiloAsync(silo.Handle);
        await WaitForMembershipAsync();
    }

    /// <summary>Kills a silo (no deactivation, in-memory state lost) and waits until the others know it has gone.</summary>
    public async Task KillSiloAsync(ClusterSilo silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        await Cluster.KillSiloAsync(silo.Handle);
        await WaitForMembershipAsync();
    }

    /// <summary>The silo holding the grain's activation, or null when it has none.</summary>
    public ClusterSilo? Hosting(IAddressable grain)
    {
        ArgumentNullException.ThrowIfNull(grain);
        if (!Cluster.TryGetGrainContext(grain.GetGrainId(), out var context))
        {
            return null;
        }

        return Silos.SingleOrDefault(s => s.Address.Equals(context.Address.SiloAddress));
    }

    public async ValueTask DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
            cluster = null;
        }

        new StorageDatabase(StorageProvider.Sqlite, DatabaseFile, "any").ReleaseFile();
        folder.Dispose();
    }

    // Each silo must see every running silo active, with its grain types, before a test places grains on it.
    private async Task WaitForMembershipAsync()
    {
        var running = Silos;
        var expected = running.Select(s => s.Address).ToHashSet();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!running.All(s => s.Sees(expected)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The silos did not agree on the membership ({string.Join(", ", expected)}) within 30 s.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>What every silo of the cluster runs: the grains, their storage on the shared file, the storage feed on.</summary>
    private sealed class MatchmakingSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var configuration = siloBuilder.Configuration;
            var file = configuration[DatabaseFileKey] ?? throw new InvalidOperationException($"No {DatabaseFileKey} in the cluster's configuration.");
            var serviceId = configuration["Orleans:ServiceId"] ?? throw new InvalidOperationException("No Orleans:ServiceId in the cluster's configuration.");
            siloBuilder.AddMatchmakingStorage(StorageNames.Profiles, new StorageDatabase(StorageProvider.Sqlite, file, serviceId), MatchmakingJson.Options);
            siloBuilder.Services.AddMatchmakingGrains();
            siloBuilder.Services.PostConfigure<EcosystemFeedOptions>(o => o.FollowStorage = true);
        }
    }
}

/// <summary>One running silo of a <see cref="GrainCluster"/>: its own services, read models and grain factory.</summary>
public sealed class ClusterSilo(InProcessSiloHandle handle)
{
    internal InProcessSiloHandle Handle { get; } = handle;

    public string Name => Handle.Name;

    public SiloAddress Address => Handle.SiloAddress;

    public IServiceProvider Services => Handle.SiloHost.Services;

    /// <summary>Calls made through it enter the cluster at this silo.</summary>
    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Runs <paramref name="calls"/> through this silo's grain factory asking Orleans to place every grain they
    /// activate (and the grains those call) on this silo. Grains already active elsewhere stay where they are.
    /// </summary>
    public async Task<T> HereAsync<T>(Func<IGrainFactory, Task<T>> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        RequestContext.Set(IPlacementDirector.PlacementHintKey, Address);
        try
        {
            return await calls(Grains);
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }
    }

    /// <inheritdoc cref="HereAsync{T}(Func{IGrainFactory, Task{T}})"/>
    public Task HereAsync(Func<IGrainFactory, Task> calls) => HereAsync(async grains =>
    {
        await calls(grains);
        return true;
    });

    public override string ToString() => $"{Name} ({Address})";

    internal bool Sees(IReadOnlySet<SiloAddress> silos)
    {
        var members = Get<IClusterMembershipService>().CurrentSnapshot.Members.Values
            .Where(m => m.Status == SiloStatus.Active)
            .Select(m => m.SiloAddress)
            .ToHashSet();
        var manifest = Get<IClusterManifestProvider>().Current.Silos.Keys.ToHashSet();
        return members.SetEquals(silos) && silos.IsSubsetOf(manifest);
    }
}
