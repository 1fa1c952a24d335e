using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using Matchmaking.Testing;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>An acknowledged write survives kill -9 of the silo and a restart, on both providers.</summary>
public sealed class DurabilityTests
{
    [Fact]
    public async Task Acknowledged_writes_survive_a_hard_kill_on_sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("matchmaking-kill-").FullName;
        try
        {
            await AssertSurvivesHardKill(new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Sqlite",
                ["Storage__ConnectionString"] = $"Data Source={Path.Combine(folder, "silo.db")}",
                ["Demo__Enabled"] = "false",
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Acknowledged_writes_survive_a_hard_kill_on_postgresql()
    {
        await using var server = await PostgresServer.StartAsync();
        var connectionString = await server.CreateDatabaseAsync("durability");
        await AssertSurvivesHardKill(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "PostgreSql",
            ["Storage__ConnectionString"] = connectionString,
            ["Demo__Enabled"] = "false",
        });
    }

    private static async Task AssertSurvivesHardKill(Dictionary<string, string> settings)
    {
        await using var silo = await SiloProcess.StartAsync(settings);
        using var http = silo.CreateHttpClient();
        var ids = Enumerable.Range(0, 20).Select(_ => NewId("durable")).ToList();
        foreach (var id in ids)
        {
            using var response = await http.PutAsJsonAsync($"api/companies/{id}", Company($"Durevole {id}"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var updated = Company("Aggiornata dopo la creazione");
        (await http.PutAsJsonAsync($"api/companies/{ids[0]}", updated)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"api/companies/{ids[1]}")).StatusCode);

        await silo.KillAsync();
        await silo.StartAgainAsync();

        Assert.Equal("Aggiornata dopo la creazione", (string?)(await http.GetFromJsonAsync<JsonObject>($"api/companies/{ids[0]}"))!["name"]);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"api/companies/{ids[1]}")).StatusCode);
        foreach (var id in ids.Skip(2))
        {
            Assert.Equal($"Durevole {id}", (string?)(await http.GetFromJsonAsync<JsonObject>($"api/companies/{id}"))!["name"]);
        }

        // The directory is rebuilt from storage: lists see the same.
        var list = await http.GetFromJsonAsync<JsonObject>("api/companies?pageSize=200");
        Assert.Equal(19, (int?)list!["total"]);
    }
}
