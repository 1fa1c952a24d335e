using Matchmaking.Testing;

namespace Matchmaking.EndToEnd.Tests.Infrastructure;

/// <summary>A real silo process on a fresh SQLite file, with or without the demo ecosystem.</summary>
public abstract class SiloFixture(bool demo) : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("matchmaking-silo-").FullName;

    public SiloProcess Silo { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Silo = await SiloProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__ConnectionString"] = $"Data Source={Path.Combine(folder, "silo.db")}",
            ["Demo__Enabled"] = demo ? "true" : "false",
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

/// <summary>One silo without demo data, shared by a test class.</summary>
public sealed class SqliteSiloFixture() : SiloFixture(demo: false);
