using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

public sealed class ProfilesApiTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    private readonly HttpClient http = fixture.Http;

    [Fact]
    public async Task Put_creates_then_replaces_and_get_returns_the_stored_document()
    {
        var id = NewId("officine");
        using var created = await http.PutAsJsonAsync($"api/companies/{id}", Company());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var first = await created.ReadObjectAsync();
        Assert.Equal(id, (string?)first["id"]);
        Assert.Equal("company", (string?)first["kind"]);
        Assert.Equal("BS", (string?)first["location"]!["province"]);

        var changed = Company("Officine Test Due Srl");
        using var replaced = await http.PutAsJsonAsync($"api/companies/{id}", changed);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.NotEqual((string?)first["version"], (string?)(await replaced.ReadObjectAsync())["version"]);

        using var got = await http.GetAsync($"api/companies/{id}");
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        var document = await got.ReadObjectAsync();
        Assert.Equal("Officine Test Due Srl", (string?)document["name"]);
        Assert.Equal(40, (int?)document["employees"]);
        Assert.Equal($"\"{(string?)document["version"]}\"", got.Headers.ETag?.Tag);
    }

    [Theory]
    [InlineData("{\"name\":\"X\",\"themes\":[\"quantum-teleportation\"]}", "themes[0]")]
    [InlineData("{\"description\":\"senza nome\"}", "name")]
    [InlineData("{\"name\":\"   \"}", "name")]
    [InlineData("{\"name\":\"X\",\"employees\":\"many\"}", "employees")]
    [InlineData("{\"name\":\"X\",\"employees\":-3}", "employees")]
    [InlineData("{\"name\":\"X\",\"colour\":\"blue\"}", "colour")]
    [InlineData("{\"name\":\"X\",\"location\":{\"province\":\"Brescia\"}}", "location.province")]
    [InlineData("{\"name\":\"X\",\"location\":{\"planet\":\"Mars\"}}", "location.planet")]
    [InlineData("{\"name\":\"X\",\"kind\":\"startup\"}", "kind")]
    [InlineData("{\"name\":\"X\",\"id\":\"someone-else\"}", "id")]
    [InlineData("{\"name\":\"X\",\"sectorCode\":\"meccanica\"}", "sectorCode")]
    [InlineData("{\"name\":\"X\",\"website\":\"javascript:alert(1)\"}", "website")]
    [InlineData("{\"name\":\"X\",\"memberships\":[{\"hub\":\"csmt\",\"role\":\"emperor\"}]}", "memberships[0].role")]
    public async Task Bad_profile_is_a_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        var id = NewId("bad");
        using var response = await http.PutAsync($"api/companies/{id}", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        Assert.Equal(400, (int?)problem["status"]);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), $"errors should name {field}: {problem.ToJsonString()}");
        using var after = await http.GetAsync($"api/companies/{id}");
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Theory]
    [InlineData("{\"name\": ")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    [InlineData("not json at all")]
    public async Task Malformed_json_is_a_400_problem(string body)
    {
        using var response = await http.PutAsync($"api/startups/{NewId("malformed")}", Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("Upper-Case")]
    [InlineData("spaces%20here")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    public async Task Invalid_id_is_a_400_naming_the_id(string id)
    {
        using var response = await http.PutAsJsonAsync($"api/companies/{id}", Company());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadObjectAsync())["errors"]!.AsObject().ContainsKey("id"));
    }

    [Fact]
    public async Task Oversized_field_is_400_and_oversized_body_is_413()
    {
        var company = Company();
        company["description"] = new string('a', 8_001);
        using var longField = await http.PutAsJsonAsync($"api/companies/{NewId("long")}", company);
        Assert.Equal(HttpStatusCode.BadRequest, longField.StatusCode);
        Assert.True((await longField.ReadObjectAsync())["errors"]!.AsObject().ContainsKey("description"));

        company["description"] = new string('a', 300_000);
        using var hugeBody = await http.PutAsJsonAsync($"api/companies/{NewId("huge")}", company);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, hugeBody.StatusCode);
        Assert.Equal("application/problem+json", hugeBody.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems_for_get_and_delete()
    {
        using var get = await http.GetAsync($"api/researchers/{NewId("nobody")}");
        using var delete = await http.DeleteAsync($"api/researchers/{NewId("nobody")}");
        using var unknownKind = await http.GetAsync("api/planets/x");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("application/problem+json", get.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownKind.StatusCode);
    }

    [Fact]
    public async Task Delete_removes_the_profile_from_get_and_lists()
    {
        var id = NewId("to-delete");
        (await http.PutAsJsonAsync($"api/researchers/{id}", Researcher("Dottoressa Cancellabile"))).EnsureSuccessStatusCode();
        using var deleted = await http.DeleteAsync($"api/researchers/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"api/researchers/{id}")).StatusCode);
        var list = await http.GetFromJsonAsync<JsonObject>("api/researchers?q=cancellabile");
        Assert.Equal(0, (int?)list!["total"]);
    }

    [Fact]
    public async Task If_match_with_a_stale_version_is_412_and_changes_nothing()
    {
        var id = NewId("etag");
        (await http.PutAsJsonAsync($"api/companies/{id}", Company("Prima"))).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"api/companies/{id}", Company("Seconda"))).EnsureSuccessStatusCode();

        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/companies/{id}") { Content = JsonContent.Create(Company("Terza")) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("Seconda", (string?)(await http.GetFromJsonAsync<JsonObject>($"api/companies/{id}"))!["name"]);
    }

    [Fact]
    public async Task Concurrent_updates_of_one_profile_each_get_their_own_version_and_the_last_one_is_stored()
    {
        var id = NewId("concurrent");
        var writes = Enumerable.Range(0, 40).Select(async i =>
        {
            using var response = await http.PutAsJsonAsync($"api/companies/{id}", Company($"Scrittura {i}"));
            response.EnsureSuccessStatusCode();
            var document = await response.ReadObjectAsync();
            return (Name: (string)document["name"]!, Version: int.Parse((string)document["version"]!, System.Globalization.CultureInfo.InvariantCulture));
        });
        var acknowledged = await Task.WhenAll(writes);

        Assert.Equal(40, acknowledged.Select(a => a.Version).Distinct().Count());
        var last = acknowledged.MaxBy(a => a.Version);
        var stored = await http.GetFromJsonAsync<JsonObject>($"api/companies/{id}");
        Assert.Equal(last.Name, (string?)stored!["name"]);
        Assert.Equal(last.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)stored["version"]);
    }

    [Fact]
    public async Task Non_ascii_text_round_trips()
    {
        var id = NewId("unicode");
        var company = Company("Caffè Già Più – 東京 🚀");
        (await http.PutAsJsonAsync($"api/companies/{id}", company)).EnsureSuccessStatusCode();
        var stored = await http.GetFromJsonAsync<JsonObject>($"api/companies/{id}");
        Assert.Equal("Caffè Già Più – 東京 🚀", (string?)stored!["name"]);
    }
}
