using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>A coach's brief → proposals over HTTP, their life (accept, decline, start, drop), member views and bad input.</summary>
[Collection(DemoSiloCollection.Name)]
public sealed class ProposalsApiTests(DemoSiloFixture fixture)
{
    private readonly HttpClient http = fixture.Http;

    [Fact]
    public async Task A_brief_answers_the_contract_shape_in_the_chosen_language()
    {
        var coach = NewId("coach");
        using var response = await http.PostAsJsonAsync($"api/coaches/{coach}/proposals",
            new { themes = new[] { "predictive-maintenance" }, need = "manutenzione predittiva per presse", region = "Lombardia", top = 3, lang = "en" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.ReadObjectAsync())["items"]!.AsArray();
        Assert.InRange(items.Count, 1, 3);
        var first = items[0]!.AsObject();
        foreach (var field in new[] { "id", "score", "members", "reasons", "title", "objective", "calls", "draft", "status", "themes" })
        {
            Assert.True(first.ContainsKey(field), $"no '{field}' in {first.ToJsonString()}");
        }

        Assert.Equal("draft", (string?)first["status"]);
        Assert.All(first["members"]!.AsArray(), m => Assert.Equal(["id", "kind", "name", "role"], m!.AsObject().Select(p => p.Key).Order()));
        Assert.All(first["reasons"]!.AsArray(), r => Assert.Equal(["contribution", "evidence", "factor"], r!.AsObject().Select(p => p.Key).Order()));
        Assert.Equal((string?)first["draft"]!["titleEn"], (string?)first["title"]);
        Assert.False(string.IsNullOrEmpty((string?)first["draft"]!["titleIt"]));
        Assert.DoesNotContain(items.SelectMany(p => p!["calls"]!.AsArray()), c => (string?)c!["id"] == "bando-aster-2025");

        var portfolio = await http.GetFromJsonAsync<JsonObject>($"api/coaches/{coach}/proposals");
        Assert.Equal(items.Select(p => (string?)p!["id"]), portfolio!["items"]!.AsArray().Select(p => (string?)p!["id"]));
        var italian = await http.GetFromJsonAsync<JsonObject>($"api/proposals/{first["id"]}?lang=it");
        Assert.Equal((string?)first["draft"]!["titleIt"], (string?)italian!["title"]);
    }

    [Fact]
    public async Task The_life_of_a_proposal_with_403_for_strangers_and_409_out_of_order()
    {
        var proposal = await FirstAsync(NewId("coach"), new { anchor = new { kind = "company", id = "officine-bresciane-valvole" }, themes = new[] { "predictive-maintenance" }, top = 1 });
        var id = (string)proposal["id"]!;
        var members = proposal["members"]!.AsArray().Select(m => new { kind = (string)m!["kind"]!, id = (string)m["id"]! }).ToList();

        using var tooEarly = await DecideAsync(id, members[0], "accept");
        using var proposed = await http.PostAsync($"api/proposals/{id}/propose", null);
        using var stranger = await DecideAsync(id, new { kind = "startup", id = "nessuna-startup-qui" }, "accept");
        using var startEarly = await http.PostAsync($"api/proposals/{id}/start", null);
        foreach (var member in members)
        {
            using var accepted = await DecideAsync(id, member, "accept", "ci stiamo");
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var started = await http.PostAsync($"api/proposals/{id}/start", null);
        using var dropLate = await http.PostAsJsonAsync($"api/proposals/{id}/drop", new { reason = "troppo tardi" });
        var mine = await http.GetFromJsonAsync<JsonObject>($"api/{Plural(members[0].kind)}/{members[0].id}/proposals");

        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Contains("does not name", (string?)(await stranger.ReadObjectAsync())["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, startEarly.StatusCode);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var final = await started.ReadObjectAsync();
        Assert.Equal("started", (string?)final["status"]);
        Assert.All(final["members"]!.AsArray(), m => Assert.Equal("accept", (string?)m!["decision"]));
        Assert.Equal(HttpStatusCode.Conflict, dropLate.StatusCode);
        Assert.Contains(mine!["items"]!.AsArray(), p => (string?)p!["id"] == id);
    }

    [Fact]
    public async Task A_declined_pair_is_not_proposed_again()
    {
        var coach = NewId("coach");
        var brief = new { anchor = new { kind = "company", id = "officine-bresciane-valvole" }, themes = new[] { "predictive-maintenance" }, top = 5 };
        var proposal = await FirstAsync(coach, brief);
        var id = (string)proposal["id"]!;
        var partner = proposal["members"]!.AsArray().Select(m => (Kind: (string)m!["kind"]!, Id: (string)m["id"]!)).First(m => m.Id != "officine-bresciane-valvole");
        (await http.PostAsync($"api/proposals/{id}/propose", null)).Dispose();
        using var declined = await DecideAsync(id, new { kind = partner.Kind, id = partner.Id }, "decline", "già in contatto");

        using var again = await http.PostAsJsonAsync($"api/coaches/{coach}/proposals", brief);

        Assert.Equal("declined", (string?)(await declined.ReadObjectAsync())["status"]);
        var items = (await again.ReadObjectAsync())["items"]!.AsArray();
        Assert.DoesNotContain(items, p => p!["members"]!.AsArray().Any(m => (string?)m!["id"] == partner.Id));
        var dropped = await http.PostAsJsonAsync($"api/proposals/{id}/drop", new { reason = "rifiutata" });
        Assert.Equal("dropped", (string?)(await dropped.ReadObjectAsync())["status"]);
    }

    [Fact]
    public async Task Bad_briefs_and_bad_decisions_say_what_is_wrong()
    {
        var coach = NewId("coach");
        using var empty = await http.PostAsJsonAsync($"api/coaches/{coach}/proposals", new { top = 3 });
        using var unknown = await http.PostAsJsonAsync($"api/coaches/{coach}/proposals",
            new { themes = new[] { "teleportation" }, anchor = new { kind = "company", id = "nessuna-azienda" } });
        using var contradictory = await http.PostAsJsonAsync($"api/coaches/{coach}/proposals",
            new { themes = new[] { "ai" }, required = new[] { "company", "research", "startup" }, excludedRoles = new[] { "startup" }, maxTeamSize = 2 });
        using var extra = await http.PostAsJsonAsync($"api/coaches/{coach}/proposals", new { themes = new[] { "ai" }, budget = 5 });
        using var badCoach = await http.PostAsJsonAsync("api/coaches/Not A Slug/proposals", new { themes = new[] { "ai" } });
        using var noProposal = await http.PostAsync("api/proposals/p-nessuna/propose", null);
        using var badDecision = await http.PostAsJsonAsync("api/proposals/p-nessuna/decisions", new { member = new { kind = "company", id = "x" }, decision = "maybe" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var unknownErrors = (await unknown.ReadObjectAsync())["errors"]!.AsObject();
        Assert.Contains("teleportation", unknownErrors["themes[0]"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("nessuna-azienda", unknownErrors["anchor"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var contradictions = (await contradictory.ReadObjectAsync())["errors"]!.AsObject();
        Assert.True(contradictions.ContainsKey("excludedRoles"));
        Assert.True(contradictions.ContainsKey("maxTeamSize"));
        Assert.Equal(HttpStatusCode.BadRequest, extra.StatusCode);
        Assert.True((await extra.ReadObjectAsync())["errors"]!.AsObject().ContainsKey("budget"));
        Assert.Equal(HttpStatusCode.BadRequest, badCoach.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noProposal.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDecision.StatusCode);
        Assert.Empty((await http.GetFromJsonAsync<JsonObject>($"api/coaches/{coach}/proposals"))!["items"]!.AsArray());
    }

    private async Task<JsonObject> FirstAsync(string coach, object brief)
    {
        using var response = await http.PostAsJsonAsync($"api/coaches/{coach}/proposals", brief);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadObjectAsync())["items"]![0]!.AsObject();
    }

    private static string Plural(string kind) => kind == "company" ? "companies" : kind + "s";

    private Task<HttpResponseMessage> DecideAsync(string id, object member, string decision, string? reason = null) =>
        http.PostAsJsonAsync($"api/proposals/{id}/decisions", new { member, decision, reason });
}
