using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using Matchmaking.Testing;

namespace Matchmaking.EndToEnd.Tests.Api;

public sealed class DemoEcosystemTests
{
    [Fact]
    public async Task First_start_loads_the_demo_ecosystem_once_and_a_restart_keeps_it_without_duplicates()
    {
        var folder = Directory.CreateTempSubdirectory("matchmaking-demo-").FullName;
        try
        {
            await using var silo = await SiloProcess.StartAsync(new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Sqlite",
                ["Storage__ConnectionString"] = $"Data Source={Path.Combine(folder, "silo.db")}",
            });
            using var http = silo.CreateHttpClient();

            var actors = await http.GetFromJsonAsync<JsonObject>("api/actors");
            var total = (int)actors!["total"]!;
            Assert.True(total >= 150, $"demo has {total} actors");
            foreach (var kind in new[] { "companies", "startups", "researchers" })
            {
                var list = await http.GetFromJsonAsync<JsonObject>($"api/{kind}");
                Assert.True((int)list!["total"]! >= 30, $"{kind}: {list["total"]}");
            }

            var csmtThemes = await http.GetFromJsonAsync<JsonObject>("api/themes/cybersecurity");
            Assert.NotEmpty(csmtThemes!["seekers"]!.AsArray());

            var bresciaCount = (int)(await http.GetFromJsonAsync<JsonObject>("api/actors?province=BS"))!["total"]!;
            Assert.True(bresciaCount > 0);

            await silo.KillAsync();
            await silo.StartAgainAsync();
            var again = await http.GetFromJsonAsync<JsonObject>("api/actors");
            Assert.Equal(total, (int)again!["total"]!);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
