using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>
/// Every endpoint that reads a body refuses JSON text it cannot take whole — a field twice, a lone surrogate,
/// bytes that are not UTF-8 — with a 400 naming the field, and a body not sent as JSON with a 415; both as problem
/// details, and neither writes anything (the storage table is the same before and after).
/// </summary>
public sealed class StrictBodiesTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    // Each endpoint with a body, as the admin calls it; no id needs to exist, as the body is read first.
    private static readonly (string Method, string Path)[] Endpoints =
    [
        ("PUT", "api/companies/strict-company"),
        ("PUT", "api/startups/strict-startup"),
        ("PUT", "api/researchers/strict-researcher"),
        ("POST", "api/suggestions"),
        ("POST", "api/import"),
        ("POST", "api/companies/strict-company/feedback"),
        ("POST", "api/coaches/strict-coach/proposals"),
        ("POST", "api/proposals/strict-proposal/decisions"),
        ("POST", "api/proposals/strict-proposal/drop"),
        ("PUT", "api/calls/strict-call"),
        ("POST", "api/users"),
        ("POST", "api/users/strict-user/keys"),
    ];

    // A bad body: its bytes, its content type, the status it gets and, for a 400, the field it names.
    private static readonly Dictionary<string, (byte[] Body, string? ContentType, HttpStatusCode Status, string? Field)> Bodies = new()
    {
        ["a field twice"] = (Utf8("""{"name":"a","name":"b"}"""), "application/json", HttpStatusCode.BadRequest, "name"),
        ["a nested field twice, case aside"] = (Utf8("""{"location":{"province":"BS","Province":"CR"}}"""), "application/json", HttpStatusCode.BadRequest, "location.Province"),
        ["a lone high surrogate"] = (Utf8("""{"name":"Vis\ud800"}"""), "application/json", HttpStatusCode.BadRequest, "name"),
        ["a lone low surrogate in a list"] = (Utf8("""{"offers":["ok","x\udc00y"]}"""), "application/json", HttpStatusCode.BadRequest, "offers[1]"),
        ["a surrogate in a field name"] = (Utf8("""{"na\ud800me":"x"}"""), "application/json", HttpStatusCode.BadRequest, "$"),
        ["bytes that are not UTF-8"] = ([.. Utf8("""{"description":"Caff"""), 0xE8, .. Utf8("""  "}""")], "application/json", HttpStatusCode.BadRequest, "description"),
        ["text/plain"] = (Utf8("""{"name":"a"}"""), "text/plain", HttpStatusCode.UnsupportedMediaType, null),
        ["a form"] = (Utf8("name=a&themes=ai"), "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType, null),
        ["no content type"] = (Utf8("""{"name":"a"}"""), null, HttpStatusCode.UnsupportedMediaType, null),
        ["JSON in UTF-16"] = (Encoding.Unicode.GetBytes("""{"name":"a"}"""), "application/json; charset=utf-16", HttpStatusCode.UnsupportedMediaType, null),
    };

    public static TheoryData<string, string, string> EveryEndpointAndBadBody()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (method, path) in Endpoints)
        {
            foreach (var body in Bodies.Keys)
            {
                data.Add(method, path, body);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryEndpointAndBadBody))]
    public async Task A_bad_body_is_a_problem_naming_it_and_writes_nothing(string method, string path, string bad)
    {
        var (bytes, contentType, status, field) = Bodies[bad];
        var before = await StoreRows.SnapshotAsync(fixture.Storage);
        using var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        Assert.Equal((int)status, (int?)problem["status"]);
        if (field is not null)
        {
            var errors = problem["errors"]?.AsObject();
            Assert.True(errors?.ContainsKey(field) == true, $"errors should name {field}: {problem.ToJsonString()}");
        }
        else
        {
            Assert.Contains("application/json", (string?)problem["detail"], StringComparison.Ordinal);
        }

        Assert.Equal(before, await StoreRows.SnapshotAsync(fixture.Storage));
    }

    [Fact]
    public async Task The_same_bodies_sent_right_are_taken()
    {
        // The refusals above are about the text, not the content: sent once, in UTF-8, as JSON, it is stored.
        using var response = await fixture.Http.PutAsync("api/companies/strict-accepted", Documents.Json("""{"name":"Caffè Vis 🚀","offers":["ok","x\ud83d\ude80y"],"location":{"province":"BS"}}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = await response.ReadObjectAsync();
        Assert.Equal("x🚀y", (string?)document["offers"]![1]);

        using var typed = new ByteArrayContent(Utf8("""{"name":"Vis"}"""));
        typed.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.matchmaking+json; charset=UTF-8");
        using var suffix = await fixture.Http.PutAsync("api/companies/strict-accepted", typed);
        Assert.Equal(HttpStatusCode.OK, suffix.StatusCode);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
