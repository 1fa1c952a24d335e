using System.Net;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>
/// Enumerations take their names only, in every body and query: a number (what once poisoned the store: a profile
/// with <c>"visibility":123</c> was stored, then every GET of it and every export answered 500), a numeric string,
/// a comma list of names or a padded name is a 400 naming the field, and nothing is written.
/// </summary>
public sealed class EnumValuesTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    public static TheoryData<string, string, string, string> BadEnumBodies => new()
    {
        { "PUT", "api/companies/enum-vis", """{"name":"Vis","themes":["industrial-iot"],"visibility":123}""", "visibility" },
        { "PUT", "api/companies/enum-vis", """{"name":"Vis","themes":["industrial-iot"],"visibility":-1}""", "visibility" },
        { "PUT", "api/startups/enum-vis", """{"name":"Vis","visibility":5}""", "visibility" },
        { "PUT", "api/researchers/enum-vis", """{"name":"Vis","visibility":7}""", "visibility" },
        { "PUT", "api/companies/enum-vis", """{"name":"Vis","visibility":"1"}""", "visibility" },
        { "PUT", "api/companies/enum-vis", """{"name":"Vis","visibility":"members,hidden"}""", "visibility" },
        { "PUT", "api/companies/enum-vis", """{"name":"Vis","visibility":" members"}""", "visibility" },
        { "PUT", "api/companies/enum-vis", """{"name":"Vis","visibility":true}""", "visibility" },
        { "PUT", "api/companies/enum-vis", """{"name":"Vis","collaborations":[{"kind":"startup","id":"a"},{"kind":5,"id":"b"}]}""", "collaborations[1].kind" },
        { "PUT", "api/calls/enum-call", """{"title":"Bando","publisher":"Regione","eligible":["sme",7],"opening":"2027-01-01","deadline":"2027-06-30"}""", "eligible[1]" },
        { "PUT", "api/calls/enum-call", """{"title":"Bando","publisher":"Regione","eligible":["sme,startup"],"opening":"2027-01-01","deadline":"2027-06-30"}""", "eligible[0]" },
        { "POST", "api/companies/enum-actor/feedback", """{"target":{"kind":2,"id":"x"},"decision":"accept"}""", "target.kind" },
        { "POST", "api/companies/enum-actor/feedback", """{"target":{"kind":"startup","id":"x"},"decision":1}""", "decision" },
        { "POST", "api/companies/enum-actor/feedback", """{"target":{"kind":"startup","id":"x"},"decision":"1"}""", "decision" },
        { "POST", "api/companies/enum-actor/feedback", """{"target":{"kind":"startup","id":"x"},"decision":"accept,decline"}""", "decision" },
        { "POST", "api/proposals/enum-proposal/decisions", """{"member":{"kind":9,"id":"x"},"decision":"accept"}""", "member.kind" },
        { "POST", "api/proposals/enum-proposal/decisions", """{"member":{"kind":"company","id":"x"},"decision":"accept, decline"}""", "decision" },
        { "POST", "api/proposals/enum-proposal/decisions", """{"member":{"kind":"company","id":"x"},"decision":"0"}""", "decision" },
        { "POST", "api/coaches/enum-coach/proposals", """{"themes":["industrial-iot"],"anchor":{"kind":4,"id":"x"}}""", "anchor.kind" },
        { "POST", "api/coaches/enum-coach/proposals", """{"themes":["industrial-iot"],"include":[{"kind":"1","id":"x"}]}""", "include[0].kind" },
        { "POST", "api/suggestions", """{"brief":"computer vision","target":[1]}""", "target" },
        { "POST", "api/users", """{"id":"enum-user","name":"U","role":"member","actor":{"kind":1,"id":"x"}}""", "actor.kind" },
    };

    [Theory]
    [MemberData(nameof(BadEnumBodies))]
    public async Task A_value_that_is_not_a_name_is_a_400_naming_the_field_and_writes_nothing(string method, string path, string body, string field)
    {
        await EnsureActorAsync();
        var before = await StoreRows.SnapshotAsync(fixture.Storage);
        Assert.Contains(before, row => row.Contains("enum-actor", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Json(body) };
        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        Assert.True(problem["errors"]?.AsObject().ContainsKey(field) == true, $"errors should name {field}: {problem.ToJsonString()}");
        Assert.Equal(before, await StoreRows.SnapshotAsync(fixture.Storage));
    }

    [Theory]
    [InlineData("api/actors?kind=1", "kind")]
    [InlineData("api/actors?kind=company,startup", "kind")]
    [InlineData("api/export?kind=0", "kind")]
    [InlineData("api/calls?status=1", "status")]
    [InlineData("api/calls?applicant=2", "applicant")]
    [InlineData("api/coaches/enum-coach/proposals?status=1", "status")]
    [InlineData("api/coaches/enum-coach/proposals?status=draft,proposed", "status")]
    [InlineData("api/companies/enum-actor/suggestions?target=1", "target")]
    public async Task A_query_value_that_is_not_a_name_is_a_400_naming_the_parameter(string url, string field)
    {
        await EnsureActorAsync();
        using var response = await fixture.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.True(problem["errors"]?.AsObject().ContainsKey(field) == true, $"errors should name {field}: {problem.ToJsonString()}");
    }

    [Fact]
    public async Task The_issue_request_is_refused_and_get_and_export_keep_answering()
    {
        using var put = await fixture.Http.PutAsync("api/companies/fz-vis", Json("""{"name":"Vis","themes":["iot"],"visibility":123}"""));
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync("api/companies/fz-vis")).StatusCode);
        using var export = await fixture.Anonymous.GetAsync("api/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.DoesNotContain("fz-vis", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_item_with_a_number_for_an_enumeration_fails_alone_and_is_not_stored()
    {
        var id = NewId("enum-import");
        var good = Company("Importata Bene");
        good["kind"] = "company";
        good["id"] = id;
        var body = new JsonObject
        {
            ["items"] = new JsonArray(
                JsonNode.Parse($$"""{"kind":"company","id":"{{id}}-vis","name":"Vis","visibility":123}"""),
                JsonNode.Parse($$"""{"kind":1,"id":"{{id}}-kind","name":"Kind"}"""),
                JsonNode.Parse($$"""{"kind":"startup","id":"{{id}}-collab","name":"C","collaborations":[{"kind":3,"id":"x"}]}"""),
                good),
        };

        using var response = await fixture.Http.PostAsync("api/import", Json(body.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.ReadObjectAsync();
        Assert.Equal(1, (int?)summary["created"]);
        Assert.Equal(3, (int?)summary["failed"]);
        var errors = summary["errors"]!.AsArray().Select(e => e!["errors"]!.AsObject()).ToList();
        Assert.Contains("visibility", errors[0].Select(e => e.Key));
        Assert.Contains("kind", errors[1].Select(e => e.Key));
        Assert.Contains("collaborations[0].kind", errors[2].Select(e => e.Key));

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"api/companies/{id}-vis")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"api/startups/{id}-collab")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Http.GetAsync($"api/companies/{id}")).StatusCode);
    }

    // The actor the per-actor endpoints name, so that they get as far as reading the body or the query.
    private async Task EnsureActorAsync()
    {
        using var response = await fixture.Http.PutAsync("api/companies/enum-actor", Json(Company("Enum Actor").ToJsonString()));
        response.EnsureSuccessStatusCode();
    }
}
