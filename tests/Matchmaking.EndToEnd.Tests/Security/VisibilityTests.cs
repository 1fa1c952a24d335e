using System.Net;
using System.Net.Http.Json;

namespace Matchmaking.EndToEnd.Tests.Security;

/// <summary>
/// Hidden profiles are absent from every list, theme, export and suggestion anyone else can fetch; members-only
/// ones never reach anonymous visitors; paused ones are never suggested but still listed.
/// </summary>
public sealed class VisibilityTests(SecuritySiloFixture fixture) : IClassFixture<SecuritySiloFixture>
{
    private static readonly string Brief = $"cerchiamo {SecurityWorld.RarePhrase} per le nostre presse";

    [Fact]
    public async Task A_hidden_profile_is_absent_for_everyone_but_admins_and_its_member()
    {
        var w = await fixture.World;
        foreach (var caller in new[] { Caller.Anonymous, Caller.MemberA, Caller.MemberB, Caller.Coach })
        {
            var bodies = await ListingsAsync(w.Clients[caller]);
            if (caller is Caller.MemberA or Caller.Coach)
            {
                bodies.Add(await w.Clients[caller].GetStringAsync($"api/companies/{w.A}/suggestions?top=100"));
            }

            Assert.All(bodies, body => Assert.DoesNotContain(w.H, body, StringComparison.Ordinal));
            using var get = await w.Clients[caller].GetAsync($"api/researchers/{w.H}");
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        }

        var admin = w.Clients[Caller.Admin];
        Assert.Contains(w.H, await admin.GetStringAsync("api/actors?pageSize=200"), StringComparison.Ordinal);
        Assert.Contains(w.H, await admin.GetStringAsync($"api/themes/{SecurityWorld.Theme}"), StringComparison.Ordinal);
        Assert.Contains(w.H, await admin.GetStringAsync("api/export"), StringComparison.Ordinal);

        var owner = fixture.ClientFor(w.MemberH);
        Assert.Contains(w.H, await owner.GetStringAsync("api/researchers?pageSize=200"), StringComparison.Ordinal);
        using var own = await owner.GetAsync($"api/researchers/{w.H}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("hidden", (string?)(await own.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["visibility"]);
    }

    [Fact]
    public async Task A_hidden_or_paused_actor_is_never_suggested_even_to_admins()
    {
        var w = await fixture.World;
        foreach (var caller in new[] { Caller.Anonymous, Caller.MemberA, Caller.Admin })
        {
            var body = await SuggestAsync(w.Clients[caller]);
            Assert.DoesNotContain(w.H, body, StringComparison.Ordinal);
            Assert.DoesNotContain(w.P, body, StringComparison.Ordinal);
            Assert.Contains(w.A, body, StringComparison.Ordinal);
        }

        // Paused is about suggestions only: the actor is still listed.
        Assert.Contains(w.P, await fixture.Anonymous.GetStringAsync("api/actors?pageSize=200"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_members_only_profile_never_reaches_anonymous_visitors()
    {
        var w = await fixture.World;
        var anonymous = await ListingsAsync(fixture.Anonymous);
        Assert.All(anonymous, body => Assert.DoesNotContain(w.B, body, StringComparison.Ordinal));
        using (var get = await fixture.Anonymous.GetAsync($"api/startups/{w.B}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        }

        var member = w.Clients[Caller.MemberA];
        Assert.Contains(w.B, await member.GetStringAsync("api/actors?pageSize=200"), StringComparison.Ordinal);
        Assert.Contains(w.B, await member.GetStringAsync($"api/themes/{SecurityWorld.Theme}"), StringComparison.Ordinal);
        Assert.Contains(w.B, await SuggestAsync(member), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_on_an_actor_one_may_not_see_is_as_for_an_unknown_one()
    {
        var w = await fixture.World;
        using var response = await w.Clients[Caller.MemberA].PostAsJsonAsync($"api/companies/{w.A}/feedback",
            new { target = new { kind = "researcher", id = w.H }, decision = "decline" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<List<string>> ListingsAsync(HttpClient client) =>
    [
        await client.GetStringAsync("api/actors?pageSize=200"),
        await client.GetStringAsync("api/researchers?pageSize=200"),
        await client.GetStringAsync("api/startups?pageSize=200"),
        await client.GetStringAsync($"api/actors?q={Uri.EscapeDataString(SecurityWorld.RarePhrase)}"),
        await client.GetStringAsync($"api/themes/{SecurityWorld.Theme}"),
        await client.GetStringAsync("api/export"),
        await SuggestAsync(client),
    ];

    private static async Task<string> SuggestAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("api/suggestions", new { brief = Brief, top = 100 });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
