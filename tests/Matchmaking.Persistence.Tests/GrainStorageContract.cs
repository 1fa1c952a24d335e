using Matchmaking.Runtime;
using Matchmaking.Runtime.Storage;

namespace Matchmaking.Persistence.Tests;

/// <summary>
/// The behaviour every grain storage provider promises, written once and run against each provider by a
/// subclass that says how to get a database. Each test gets its own service id, so tests sharing a
/// database do not see each other's records.
/// </summary>
public abstract partial class GrainStorageContract : IAsyncLifetime
{
    protected const string StateName = "profile";

    private readonly List<AdoNetGrainStorage> _opened = [];

    /// <summary>The service id of <see cref="Storage"/>, unique to the test.</summary>
    protected string ServiceId { get; } = $"svc-{Guid.NewGuid():N}";

    /// <summary>A storage with its schema created, on <see cref="Database"/>.</summary>
    protected AdoNetGrainStorage Storage { get; private set; } = null!;

    /// <summary>Where <see cref="Storage"/> keeps its records (a file path or a connection string).</summary>
    protected string Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await GetDatabaseAsync();
        Storage = await OpenAsync(Database, ServiceId);
    }

    public async Task DisposeAsync()
    {
        foreach (var storage in _opened)
        {
            await storage.DisposeAsync();
        }

        await DisposeDatabasesAsync();
    }

    /// <summary>The database this test's storages share; others tests may use it too.</summary>
    protected abstract Task<string> GetDatabaseAsync();

    /// <summary>A new database that nobody has used yet.</summary>
    protected abstract Task<string> CreateEmptyDatabaseAsync();

    protected abstract AdoNetGrainStorage CreateStorage(string database, string serviceId);

    protected virtual Task DisposeDatabasesAsync() => Task.CompletedTask;

    /// <summary>A storage disposed with the test; its schema is created unless <paramref name="ensureSchema"/> is false.</summary>
    protected async Task<AdoNetGrainStorage> OpenAsync(string database, string serviceId, bool ensureSchema = true)
    {
        var storage = CreateStorage(database, serviceId);
        _opened.Add(storage);
        if (ensureSchema)
        {
            await storage.EnsureSchemaAsync();
        }

        return storage;
    }

    protected static GrainId NewId(string type = "company") => new(type, $"g-{Guid.NewGuid():N}");

    protected static Profile SampleProfile(string name = "Microdata srl") => new(
        name,
        ActorKind.Company,
        new Address("Cremona", "CR", null),
        ["cloud", "iot"],
        [new Membership("Polo Tecnologico", "member"), new Membership("Cluster Lombardo", "founder")],
        new() { ["cloud"] = 0.75, ["iot"] = 0.25 },
        new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(1)));

    protected static GrainState<Profile> Empty() => new(null!);

    /// <summary>Writes a fresh record and returns the state holding its ETag.</summary>
    protected async Task<GrainState<Profile>> CreateAsync(GrainId id, Profile? profile = null, AdoNetGrainStorage? storage = null)
    {
        var state = new GrainState<Profile>(profile ?? SampleProfile());
        await (storage ?? Storage).WriteStateAsync(StateName, id, state);
        return state;
    }

    protected async Task<GrainState<Profile>> ReadAsync(GrainId id, AdoNetGrainStorage? storage = null, string stateName = StateName)
    {
        var state = Empty();
        await (storage ?? Storage).ReadStateAsync(stateName, id, state);
        return state;
    }

    protected static async Task<List<StoredGrainState<T>>> ReadAllAsync<T>(AdoNetGrainStorage storage, string stateName, string grainType)
    {
        var records = new List<StoredGrainState<T>>();
        await foreach (var record in storage.ReadAllAsync<T>(stateName, grainType))
        {
            records.Add(record);
        }

        return records;
    }
}
