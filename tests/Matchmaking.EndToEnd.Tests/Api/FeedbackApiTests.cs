using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>Feedback over HTTP: a decline hides for good, an acceptance is a collaboration on both sides; bad feedback changes nothing.</summary>
[Collection(DemoSiloCollection.Name)]
public sealed class FeedbackApiTests(DemoSiloFixture fixture)
{
    private readonly HttpClient http = fixture.Http;

    [Fact]
    public async Task Decline_hides_the_target_and_accept_makes_collaborators_on_both_sides()
    {
        var (company, researcher) = await NewPairAsync();
        Assert.Contains(researcher, await SuggestedAsync($"api/companies/{company}/suggestions?target=researcher&top=100"));

        using var declined = await http.PostAsJsonAsync($"api/companies/{company}/feedback",
            new { target = new { kind = "researcher", id = researcher }, decision = "decline", reason = "lab troppo lontano" });
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var record = await declined.ReadObjectAsync();
        Assert.Equal("decline", (string?)record["decision"]);
        Assert.Equal("lab troppo lontano", (string?)record["reason"]);
        Assert.DoesNotContain(researcher, await SuggestedAsync($"api/companies/{company}/suggestions?target=researcher&top=100"));

        using var accepted = await http.PostAsJsonAsync($"api/companies/{company}/feedback",
            new { target = new { kind = "researcher", id = researcher }, decision = "accept" });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains(researcher, await SuggestedAsync($"api/companies/{company}/suggestions?target=researcher&top=100"));
        Assert.DoesNotContain(researcher, await SuggestedAsync($"api/companies/{company}/suggestions?target=researcher&top=100&new=true"));
        Assert.DoesNotContain(company, await SuggestedAsync($"api/researchers/{researcher}/suggestions?target=company&top=100&new=true"));

        var mine = await http.GetFromJsonAsync<JsonObject>($"api/companies/{company}/relations");
        var theirs = await http.GetFromJsonAsync<JsonObject>($"api/researchers/{researcher}/relations");
        Assert.Empty(mine!["declined"]!.AsArray());
        Assert.Equal(researcher, (string?)mine["collaborations"]![0]!["partner"]!["id"]);
        Assert.Equal("accepted", (string?)mine["collaborations"]![0]!["source"]);
        Assert.Equal(company, (string?)theirs!["collaborations"]![0]!["partner"]!["id"]);
        Assert.Equal("accepted-by-partner", (string?)theirs["collaborations"]![0]!["source"]);
    }

    [Fact]
    public async Task Imported_collaborations_may_name_actors_to_come_and_show_among_the_relations()
    {
        var (company, researcher) = await NewPairAsync();
        var document = Company();
        document["collaborations"] = new JsonArray(
            new JsonObject { ["kind"] = "researcher", ["id"] = researcher },
            new JsonObject { ["kind"] = "startup", ["id"] = "arrivera-domani" });
        using var put = await http.PutAsJsonAsync($"api/companies/{company}", document);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var relations = await http.GetFromJsonAsync<JsonObject>($"api/companies/{company}/relations");
        Assert.Equal(["arrivera-domani", researcher], relations!["collaborations"]!.AsArray().Select(c => (string)c!["partner"]!["id"]!).Order());
        Assert.DoesNotContain(researcher, await SuggestedAsync($"api/companies/{company}/suggestions?target=researcher&top=100&new=true"));
    }

    [Theory]
    [InlineData("{\"target\":{\"kind\":\"researcher\",\"id\":\"nessuno-qui\"},\"decision\":\"accept\"}", HttpStatusCode.NotFound, null)]
    [InlineData("{\"target\":{\"kind\":\"company\",\"id\":\"SELF\"},\"decision\":\"accept\"}", HttpStatusCode.BadRequest, "target")]
    [InlineData("{\"target\":{\"kind\":\"planet\",\"id\":\"x\"},\"decision\":\"accept\"}", HttpStatusCode.BadRequest, "target.kind")]
    [InlineData("{\"target\":{\"kind\":\"startup\",\"id\":\"Not A Slug\"},\"decision\":\"accept\"}", HttpStatusCode.BadRequest, "target.id")]
    [InlineData("{\"target\":{\"kind\":\"startup\",\"id\":\"vibrasense\"},\"decision\":\"maybe\"}", HttpStatusCode.BadRequest, "decision")]
    [InlineData("{\"target\":{\"kind\":\"startup\",\"id\":\"vibrasense\"}}", HttpStatusCode.BadRequest, "decision")]
    [InlineData("{\"decision\":\"accept\"}", HttpStatusCode.BadRequest, "target")]
    [InlineData("{\"target\":{\"kind\":\"startup\",\"id\":\"vibrasense\"},\"decision\":\"decline\",\"mood\":\"bad\"}", HttpStatusCode.BadRequest, "mood")]
    public async Task Bad_feedback_is_answered_with_a_problem_and_changes_nothing(string body, HttpStatusCode status, string? field)
    {
        var (company, _) = await NewPairAsync();

        using var response = await http.PostAsync($"api/companies/{company}/feedback", Json(body.Replace("SELF", company, StringComparison.Ordinal)));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        if (field is null)
        {
            Assert.Contains("nessuno-qui", (string?)problem["detail"], StringComparison.Ordinal);
        }
        else
        {
            Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        }

        var relations = await http.GetFromJsonAsync<JsonObject>($"api/companies/{company}/relations");
        Assert.Empty(relations!["declined"]!.AsArray());
        Assert.Empty(relations["collaborations"]!.AsArray());
    }

    [Fact]
    public async Task Feedback_from_an_unknown_actor_is_a_404()
    {
        using var response = await http.PostAsJsonAsync("api/startups/nessuna-startup/feedback",
            new { target = new { kind = "company", id = "officine-bresciane-valvole" }, decision = "accept" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var relations = await http.GetAsync("api/startups/nessuna-startup/relations");
        Assert.Equal(HttpStatusCode.NotFound, relations.StatusCode);
    }

    private async Task<(string Company, string Researcher)> NewPairAsync()
    {
        var company = NewId("officine");
        var researcher = NewId("ricercatrice");
        using var c = await http.PutAsJsonAsync($"api/companies/{company}", Company());
        using var r = await http.PutAsJsonAsync($"api/researchers/{researcher}", Researcher());
        Assert.Equal(HttpStatusCode.Created, c.StatusCode);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return (company, researcher);
    }

    private async Task<List<string>> SuggestedAsync(string url)
    {
        var body = await http.GetFromJsonAsync<JsonObject>(url);
        return [.. body!["items"]!.AsArray().Select(i => (string)i!["id"]!)];
    }
}
