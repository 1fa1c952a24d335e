using Matchmaking.Testing;

namespace Matchmaking.EndToEnd.Tests.Infrastructure;

/// <summary>One silo on a fresh SQLite file, without demo data, shared by a test class.</summary>
public sealed class SqliteSiloFixture : IAsyncLifetime
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
            ["Demo__Enabled"] = "false",
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
