using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>Feedback is acknowledged once stored: after kill -9 and a restart, the rebuilt index still honours it.</summary>
public sealed class RelationsDurabilityTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    private readonly HttpClient http = fixture.Http;

    [Fact]
    public async Task Declines_and_collaborations_survive_a_hard_kill_and_the_rebuilt_index_honours_them()
    {
        var company = NewId("officine");
        var declined = NewId("ricercatrice");
        var accepted = NewId("ricercatrice");
        await PutAsync($"api/companies/{company}", Company());
        await PutAsync($"api/researchers/{declined}", Researcher("Prof. Declinata"));
        await PutAsync($"api/researchers/{accepted}", Researcher("Prof. Accettata"));
        Assert.Equal(new[] { accepted, declined }.Order(), (await SuggestedAsync($"api/companies/{company}/suggestions?target=researcher")).Order());
        await FeedbackAsync(company, declined, "decline");
        await FeedbackAsync(company, accepted, "accept");

        await fixture.Silo.KillAsync();
        await fixture.Silo.StartAgainAsync();

        Assert.Equal([accepted], await SuggestedAsync($"api/companies/{company}/suggestions?target=researcher"));
        Assert.Empty(await SuggestedAsync($"api/companies/{company}/suggestions?target=researcher&new=true"));
        Assert.Empty(await SuggestedAsync($"api/researchers/{accepted}/suggestions?target=company&new=true"));
        var theirs = await http.GetFromJsonAsync<JsonObject>($"api/researchers/{accepted}/relations");
        Assert.Equal(company, (string?)theirs!["collaborations"]![0]!["partner"]!["id"]);
    }

    private async Task PutAsync(string url, JsonObject document)
    {
        using var response = await http.PutAsJsonAsync(url, document);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task FeedbackAsync(string company, string researcher, string decision)
    {
        using var response = await http.PostAsJsonAsync($"api/companies/{company}/feedback", new { target = new { kind = "researcher", id = researcher }, decision });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<List<string>> SuggestedAsync(string url)
    {
        var body = await http.GetFromJsonAsync<JsonObject>(url);
        return [.. body!["items"]!.AsArray().Select(i => (string)i!["id"]!)];
    }
}
