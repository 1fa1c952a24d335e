using Matchmaking.Testing;

namespace Matchmaking.EndToEnd.Tests.Infrastructure;

/// <summary>One silo on a fresh SQLite file with the demo ecosystem, shared by the classes of <see cref="DemoSiloCollection"/>.</summary>
public sealed class DemoSiloFixture : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("matchmaking-demo-silo-").FullName;

    public SiloProcess Silo { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Silo = await SiloProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__ConnectionString"] = $"Data Source={Path.Combine(folder, "silo.db")}",
            ["Demo__Enabled"] = "true",
        });
        Http = Silo.CreateHttpClient();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Silo.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>The test classes that share one demo silo (its start-up is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class DemoSiloCollection : ICollectionFixture<DemoSiloFixture>
{
    public const string Name = "demo silo";
}
