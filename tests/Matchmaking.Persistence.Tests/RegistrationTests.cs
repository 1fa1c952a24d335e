using Matchmaking.Runtime;
using Matchmaking.Runtime.Storage;
using Matchmaking.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matchmaking.Persistence.Tests;

/// <summary>How a host registers storages: keyed singletons and a schema created at start.</summary>
public sealed class RegistrationTests : IDisposable
{
    private readonly TempDirectory _folder = new("mm-sqlite");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_registered_storage_is_one_keyed_singleton_whose_schema_is_created_at_start()
    {
        var path = _folder.Combine("data", "grains.db");
        var services = new ServiceCollection()
            .AddAdoNetGrainStorage("profiles", new AdoNetStorageOptions { ConnectionString = path, ServiceId = "silo-a" });
        await using var provider = services.BuildServiceProvider();

        var storage = provider.GetRequiredKeyedService<IGrainStorage>("profiles");
        Assert.Same(storage, provider.GetRequiredKeyedService<IGrainStorageScanner>("profiles"));
        Assert.Same(storage, provider.GetRequiredKeyedService<AdoNetGrainStorage>("profiles"));
        Assert.Equal("silo-a", Assert.IsType<SqliteGrainStorage>(storage).ServiceId);
        Assert.Null(provider.GetKeyedService<IGrainStorage>("other"));

        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Two_names_get_two_storages_and_both_schemas()
    {
        var services = new ServiceCollection()
            .AddAdoNetGrainStorage("profiles", new AdoNetStorageOptions { ConnectionString = _folder.Combine("profiles.db") })
            .AddAdoNetGrainStorage("themes", new AdoNetStorageOptions { ConnectionString = _folder.Combine("themes.db") });
        await using var provider = services.BuildServiceProvider();

        Assert.NotSame(provider.GetRequiredKeyedService<IGrainStorage>("profiles"), provider.GetRequiredKeyedService<IGrainStorage>("themes"));
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.True(File.Exists(_folder.Combine("profiles.db")));
        Assert.True(File.Exists(_folder.Combine("themes.db")));
    }

    [Fact]
    public async Task Changing_the_options_after_registration_changes_nothing()
    {
        var options = new AdoNetStorageOptions { ConnectionString = _folder.Combine("grains.db"), ServiceId = "first" };
        var services = new ServiceCollection().AddAdoNetGrainStorage("profiles", options);
        options.ServiceId = "second";
        await using var provider = services.BuildServiceProvider();

        Assert.Equal("first", provider.GetRequiredKeyedService<AdoNetGrainStorage>("profiles").ServiceId);
    }

    [Fact]
    public void A_registration_without_connection_string_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddAdoNetGrainStorage("profiles", new AdoNetStorageOptions()));
    }

    [Fact]
    public async Task Create_builds_the_provider_the_options_name()
    {
        await using var sqlite = AdoNetGrainStorage.Create(new AdoNetStorageOptions { ConnectionString = _folder.Combine("grains.db") });
        await using var postgres = AdoNetGrainStorage.Create(new AdoNetStorageOptions
        {
            Provider = StorageProvider.PostgreSql,
            ConnectionString = "Host=127.0.0.1;Database=nowhere",
        });

        Assert.IsType<SqliteGrainStorage>(sqlite);
        Assert.IsType<PostgreSqlGrainStorage>(postgres);
    }

    [Fact]
    public async Task State_is_stored_as_camel_case_json_with_enums_as_strings()
    {
        var path = _folder.Combine("grains.db");
        await using (var storage = new SqliteGrainStorage(path))
        {
            await storage.WriteStateAsync("profile", new GrainId("company", "c"), new GrainState<Address>(new Address("Cremona", "CR", null)));
            await storage.WriteStateAsync("kind", new GrainId("company", "c"), new GrainState<ActorKind>(ActorKind.Researcher));
        }

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state ORDER BY state_name";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("\"researcher\"", reader.GetString(0));
        Assert.True(await reader.ReadAsync());
        Assert.Equal("""{"municipality":"Cremona","province":"CR"}""", reader.GetString(0));
    }
}
