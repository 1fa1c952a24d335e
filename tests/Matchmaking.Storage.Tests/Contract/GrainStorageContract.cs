using Matchmaking.Storage.Tests.Infrastructure;
using Orleans.Runtime;
using Orleans.Storage;

namespace Matchmaking.Storage.Tests.Contract;

/// <summary>
/// What the product needs from Orleans' ADO.NET grain storage over our schema, written once and run on each
/// database by a subclass that says how to get one. Everything goes through the <see cref="IGrainStorage"/> named
/// "profiles" of a real in-process silo (one per class); tests keep apart by keys and state names of their own.
/// </summary>
public abstract partial class GrainStorageContract(Shared<StorageSilo> shared) : IAsyncLifetime
{
    /// <summary>A state name as the grains use them: <c>{grain type}/{state}</c>.</summary>
    protected const string StateName = "company/profile";

    protected const string NonAscii = "città perché “€” 🎻";

    protected StorageSilo Silo { get; private set; } = null!;

    protected IGrainStorage Storage => Silo.Storage;

    protected StorageDatabase Database => Silo.Database;

    public async Task InitializeAsync() =>
        Silo = await shared.GetAsync(async () => await StorageSilo.StartAsync(await CreateDatabaseAsync($"svc-{Guid.NewGuid():N}")));

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The class's database (created once, for the shared silo), whose rows belong to <paramref name="serviceId"/>.</summary>
    protected abstract Task<StorageDatabase> CreateDatabaseAsync(string serviceId);

    /// <summary>A key no other test uses; never all hex digits, which Orleans would read as a number or a Guid.</summary>
    protected static GrainId NewId(string type = "company") => GrainId.Create(type, $"g-{Guid.NewGuid():N}");

    protected static string Key(GrainId id) => id.Key.ToString()!;

    protected static Profile SampleProfile(string name = "Microdata srl") => new()
    {
        Name = name,
        Kind = ActorKind.Researcher,
        Location = new Address("Città di Castello", "PG", "https://example.it/perché"),
        Themes = ["cloud", "iot", NonAscii],
        Memberships = [new Membership("Polo Tecnologico", "member"), new Membership("Cluster “Lombardo”", "founder")],
        Weights = new() { ["cloud"] = 0.75, ["iot"] = 0.25, ["perché"] = 1e-3 },
        UpdatedAt = new DateTimeOffset(2026, 11, 22, 10, 0, 0, 123, TimeSpan.FromHours(1)),
        Note = NonAscii,
    };

    protected static TestState<T> Empty<T>()
        where T : new() => new(new T());

    /// <summary>Writes a new record (no ETag) and returns the state holding its ETag.</summary>
    protected async Task<TestState<Profile>> CreateAsync(GrainId id, Profile? profile = null, IGrainStorage? storage = null, string stateName = StateName)
    {
        var state = new TestState<Profile>(profile ?? SampleProfile());
        await (storage ?? Storage).WriteStateAsync(stateName, id, state);
        return state;
    }

    protected async Task<TestState<Profile>> ReadAsync(GrainId id, IGrainStorage? storage = null, string stateName = StateName)
    {
        var state = Empty<Profile>();
        await (storage ?? Storage).ReadStateAsync(stateName, id, state);
        return state;
    }

    /// <summary>A copy of <paramref name="state"/> as another activation holding the same ETag would have it.</summary>
    protected static TestState<Profile> Copy(TestState<Profile> state, Profile? profile = null) =>
        new(profile ?? state.State, state.ETag) { RecordExists = state.RecordExists };
}
