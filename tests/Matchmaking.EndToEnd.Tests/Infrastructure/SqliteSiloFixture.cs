using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.Storage;
using Matchmaking.Testing;

namespace Matchmaking.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A real silo process on a fresh SQLite file, with or without the demo ecosystem. <see cref="Http"/> sends the
/// bootstrap admin key (<see cref="SiloProcess.AdminKey"/>); <see cref="Anonymous"/> sends nothing;
/// <see cref="CreateUserAsync"/> makes a user of any role with an API key, <see cref="ClientFor"/> a client for it;
/// <see cref="Storage"/> is its store.
/// </summary>
public abstract class SiloFixture(bool demo, IReadOnlyDictionary<string, string>? settings = null) : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("matchmaking-silo-").FullName;
    private readonly List<HttpClient> clients = [];

    public SiloProcess Silo { get; private set; } = null!;

    /// <summary>A client with the bootstrap admin key.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>A client without credentials.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    /// <summary>The silo's SQLite store, to read its table directly (or, in tests of damaged records, write it).</summary>
    public StorageDatabase Storage => new(StorageProvider.Sqlite, $"Data Source={Path.Combine(folder, "silo.db")}", "matchmaking");

    public async Task InitializeAsync()
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__ConnectionString"] = $"Data Source={Path.Combine(folder, "silo.db")}",
            ["Demo__Enabled"] = demo ? "true" : "false",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        Silo = await SiloProcess.StartAsync(environment);
        Http = Silo.CreateHttpClient();
        Anonymous = Silo.CreateAnonymousHttpClient();
    }

    /// <summary>
    /// Creates a user (a fresh id) with <paramref name="role"/> and, for a member, bound to <paramref name="actor"/>
    /// (<c>company/acme</c>), and an API key for it.
    /// </summary>
    public async Task<TestUser> CreateUserAsync(string role, string? actor = null, string? password = null)
    {
        var id = Documents.NewId(role);
        var body = new JsonObject { ["id"] = id, ["name"] = $"Test {role} {id}", ["role"] = role };
        if (actor is not null)
        {
            var parts = actor.Split('/');
            body["actor"] = new JsonObject { ["kind"] = parts[0], ["id"] = parts[1] };
        }

        if (password is not null)
        {
            body["password"] = password;
        }

        using var created = await Http.PostAsJsonAsync("api/users", body);
        created.EnsureSuccessStatusCode();
        using var key = await Http.PostAsync($"api/users/{id}/keys", null);
        key.EnsureSuccessStatusCode();
        var answer = await key.ReadObjectAsync();
        return new TestUser(id, role, actor, (string)answer["key"]!, (string)answer["keyId"]!);
    }

    /// <summary>A client that sends the user's key (disposed with the fixture).</summary>
    public HttpClient ClientFor(TestUser user) => ClientWithKey(user.Key);

    /// <summary>A client that sends any key, right or wrong (disposed with the fixture).</summary>
    public HttpClient ClientWithKey(string key)
    {
        var client = Silo.CreateHttpClient(key);
        lock (clients)
        {
            clients.Add(client);
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        Anonymous.Dispose();
        foreach (var client in clients)
        {
            client.Dispose();
        }

        await Silo.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>A user made for a test, with its one API key.</summary>
public sealed record TestUser(string Id, string Role, string? Actor, string Key, string KeyId);

/// <summary>One silo without demo data, shared by a test class.</summary>
public sealed class SqliteSiloFixture() : SiloFixture(demo: false);
