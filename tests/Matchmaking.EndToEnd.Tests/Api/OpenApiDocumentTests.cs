using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>
/// The OpenAPI document is one a client can be generated from: it reads without errors, every operation names its
/// query parameters, body, answers (problem details for every error) and who may call it; the interactive reference
/// is served from this process. That each endpoint answers only what its operation names is checked by the
/// security matrix, which calls every operation as every kind of caller.
/// </summary>
public sealed class OpenApiDocumentTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    // Actions whose request is the path alone.
    private static readonly HashSet<string> Bodiless = new(StringComparer.Ordinal)
    {
        "POST /api/proposals/{id}/propose",
        "POST /api/proposals/{id}/start",
        "POST /api/voucher-programmes/{id}/vouchers/{voucherId}/revoke",
        "POST /api/digests/issue",
        "POST /api/companies/{id}/confirm",
        "POST /api/startups/{id}/confirm",
        "POST /api/researchers/{id}/confirm",
    };

    [Fact]
    public async Task The_document_reads_without_errors_and_every_operation_is_complete()
    {
        var text = await fixture.Anonymous.GetStringAsync("openapi/v1.json");
        var settings = new OpenApiReaderSettings();
        var read = OpenApiDocument.Parse(text, OpenApiConstants.Json, settings);
        Assert.Empty(read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []);
        var document = read.Document!;
        Assert.Contains(ApiKeyScheme, document.Components!.SecuritySchemes!.Keys);

        var problems = new List<string>();
        var operations = 0;
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations!)
            {
                operations++;
                var name = $"{method.Method.ToUpperInvariant()} {path}";
                Check(name, operation, problems);
            }
        }

        Assert.True(operations >= 80, $"only {operations} operations");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Every JSON success answer has a schema a client can be generated from: no object without properties (a bare
    /// <c>JsonObject</c>), no array without items, anywhere in it. That the real answers read as these schemas is
    /// checked by the security matrix (and, for stored documents with every field set, by OpenApiStoredDocumentTests).
    /// </summary>
    [Fact]
    public async Task Every_json_success_answer_is_typed()
    {
        var document = (await fixture.Anonymous.GetFromJsonAsync<JsonObject>("openapi/v1.json"))!;
        var untyped = new List<string>();
        var answers = 0;
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                foreach (var (status, response) in operation!["responses"]!.AsObject().Where(r => r.Key[0] == '2'))
                {
                    if (response!["content"]?["application/json"]?["schema"] is { } schema)
                    {
                        answers++;
                        untyped.AddRange(AnswerSchemas.Untyped(document, schema).Select(p => $"{name} {status}: {p}"));
                    }
                }
            }
        }

        Assert.True(answers >= 80, $"only {answers} JSON success answers");
        Assert.True(untyped.Count == 0, $"{untyped.Count} untyped:\n{string.Join("\n", untyped)}");

        // Enumerations are their names, as the API writes them.
        var me = Resolve(document, document["paths"]!["/api/me"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!);
        Assert.Equal(["actor", "id", "name", "role"], me["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToArray());
        var kind = Resolve(document, Resolve(document, document["components"]!["schemas"]!["ActorRef"]!)["properties"]!["kind"]!);
        Assert.Equal(["company", "startup", "researcher"], kind["enum"]!.AsArray().Select(v => (string)v!).ToArray());
    }

    /// <summary>
    /// The answers of an event with one seat (the security matrix's events never fill theirs): a seat, the same
    /// registration again, a place on the waiting list, the registrations, a cancellation that moves a member up and
    /// one that moves nobody up, each read as its operation's schema.
    /// </summary>
    [Fact]
    public async Task The_answers_of_a_full_event_read_as_their_schemas()
    {
        var document = (await fixture.Anonymous.GetFromJsonAsync<JsonObject>("openapi/v1.json"))!;
        var (first, second, id) = (NewId("schema-a"), NewId("schema-b"), NewId("schema-event"));
        foreach (var company in new[] { first, second })
        {
            (await fixture.Http.PutAsync($"api/companies/{company}", Json(Company().ToJsonString()))).EnsureSuccessStatusCode();
        }

        var hubEvent = EventsApiTests.EventJson();
        hubEvent["capacity"] = 1;
        hubEvent["price"] = 12.5;
        hubEvent["description"] = new JsonObject { ["it"] = "Colazione", ["en"] = "Breakfast" };
        var registrations = $"/api/events/{id}/registrations";
        var answers = new List<(string Operation, HttpRequestMessage Request)>
        {
            ("PUT /api/events/{id}", new(HttpMethod.Put, $"api/events/{id}") { Content = Json(hubEvent.ToJsonString()) }),
            ("POST /api/events/{id}/registrations", Member(HttpMethod.Post, registrations, first)),
            ("POST /api/events/{id}/registrations", Member(HttpMethod.Post, registrations, first)),
            ("POST /api/events/{id}/registrations", Member(HttpMethod.Post, registrations, second)),
            ("GET /api/events/{id}/registrations", new(HttpMethod.Get, registrations.TrimStart('/'))),
            ("DELETE /api/events/{id}/registrations/{memberKind}/{memberId}", new(HttpMethod.Delete, $"{registrations.TrimStart('/')}/company/{first}")),
            ("DELETE /api/events/{id}/registrations", Member(HttpMethod.Delete, registrations, second)),
            ("GET /api/events/{id}", new(HttpMethod.Get, $"api/events/{id}")),
        };

        var problems = new List<string>();
        var statuses = new List<int>();
        var bodies = new List<JsonNode?>();
        foreach (var (operation, request) in answers)
        {
            using (request)
            using (var response = await fixture.Http.SendAsync(request))
            {
                var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var (method, path) = (operation.Split(' ')[0].ToLowerInvariant(), operation.Split(' ')[1]);
                var schema = document["paths"]![path]![method]!["responses"]![status]?["content"]?["application/json"]?["schema"];
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                statuses.Add((int)response.StatusCode);
                bodies.Add(body);
                problems.AddRange(schema is null ? [$"{operation}: {status} is not documented"] : AnswerSchemas.Check(document, schema, body).Select(p => $"{operation} {status}: {p}"));
            }
        }

        Assert.Equal([201, 201, 200, 201, 200, 200, 200, 200], statuses);
        Assert.Equal(1, (int?)bodies[3]!["position"]);
        Assert.Equal(second, (string?)bodies[4]!["waiting"]![0]!["member"]!["id"]);
        Assert.Equal(second, (string?)bodies[5]!["movedUp"]!["id"]);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static HttpRequestMessage Member(HttpMethod method, string path, string company) =>
        new(method, path.TrimStart('/')) { Content = Json(new JsonObject { ["member"] = new JsonObject { ["kind"] = "company", ["id"] = company } }.ToJsonString()) };

    [Fact]
    public async Task Query_parameters_and_bodies_name_what_the_handlers_read()
    {
        var document = (await fixture.Anonymous.GetFromJsonAsync<JsonObject>("openapi/v1.json"))!;
        var suggestions = document["paths"]!["/api/companies/{id}/suggestions"]!["get"]!;
        Assert.Equal(
            ["id", "target", "top", "theme", "province", "new", "lang"],
            suggestions["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToArray());
        var lang = suggestions["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "lang")!;
        Assert.Equal(["it", "en"], lang["schema"]!["enum"]!.AsArray().Select(v => (string)v!).ToArray());

        // The brief's schema has exactly the fields the strict reader accepts (any other is refused with 400).
        var brief = document["paths"]!["/api/suggestions"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
        var briefSchema = Resolve(document, brief);
        Assert.Equal(["brief", "province", "target", "theme", "top"], briefSchema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToArray());
        using var unknown = await fixture.Anonymous.PostAsJsonAsync("api/suggestions", new { brief = "sensori IoT", colour = "blu" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        // A profile PUT documents the profile's own fields.
        var put = document["paths"]!["/api/companies/{id}"]!["put"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
        Assert.Contains("themes", Resolve(document, put)["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task The_interactive_reference_is_served_without_a_cdn()
    {
        using var page = await fixture.Anonymous.GetAsync("api/reference/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"scalar.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr", html, StringComparison.OrdinalIgnoreCase);
        using var script = await fixture.Anonymous.GetAsync("api/reference/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }

    [Fact]
    public async Task The_documented_examples_are_accepted()
    {
        var document = (await fixture.Anonymous.GetFromJsonAsync<JsonObject>("openapi/v1.json"))!;
        foreach (var path in new[] { "/api/companies/{id}", "/api/startups/{id}", "/api/researchers/{id}", "/api/calls/{id}", "/api/events/{id}", "/api/courses/{id}" })
        {
            var example = Example(document["paths"]![path]!["put"]!)!;
            using var put = await fixture.Http.PutAsync(path.Replace("{id}", NewId("example"), StringComparison.Ordinal).TrimStart('/'), Json(example.ToJsonString()));
            Assert.True(put.StatusCode == HttpStatusCode.Created, $"PUT {path} with its example: {(int)put.StatusCode} {await put.Content.ReadAsStringAsync()}");
        }

        using var brief = await fixture.Anonymous.PostAsync("api/suggestions", Json(Example(document["paths"]!["/api/suggestions"]!["post"]!)!.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, brief.StatusCode);
    }

    /// <summary>
    /// Every documented body, each of its fields in turn given a value of the wrong type, and every documented
    /// number, flag or choice in a query given a word: 4xx problem details every time, and nothing stored changes.
    /// </summary>
    [Fact]
    public async Task Every_documented_field_with_a_value_of_the_wrong_type_is_refused_and_changes_nothing()
    {
        var document = (await fixture.Anonymous.GetFromJsonAsync<JsonObject>("openapi/v1.json"))!;
        var before = await StoredAsync();
        var failures = new List<string>();
        var requests = 0;
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var address = Address(path);
                if (Example(operation!) is JsonObject example)
                {
                    foreach (var (field, value) in example)
                    {
                        var bad = example.DeepClone().AsObject();
                        bad[field] = WrongType(value);
                        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), address) { Content = Json(bad.ToJsonString()) };
                        using var response = await fixture.Http.SendAsync(request);
                        requests++;
                        Expect4xx($"{method.ToUpperInvariant()} {path} with {field}={bad[field]!.ToJsonString()}", response, failures);
                    }
                }

                foreach (var parameter in operation!["parameters"]?.AsArray() ?? [])
                {
                    var type = (string?)parameter!["schema"]?["type"];
                    if ((string?)parameter["in"] != "query" || (type is "string" && parameter["schema"]!["enum"] is null))
                    {
                        continue;
                    }

                    var name = (string)parameter["name"]!;
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), $"{address}?{name}=zz-{name}");
                    if (method is "post" or "put")
                    {
                        request.Content = Json(Example(operation)?.ToJsonString() ?? "{}");
                    }

                    using var response = await fixture.Http.SendAsync(request);
                    requests++;
                    Expect4xx($"{method.ToUpperInvariant()} {path}?{name}=zz-{name}", response, failures);
                }
            }
        }

        Assert.True(requests > 120, $"only {requests} requests");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests}:\n{string.Join("\n", failures)}");
        Assert.Equal(before, await StoredAsync());
    }

    private async Task<string> StoredAsync()
    {
        var parts = new List<string>();
        foreach (var list in new[] { "api/export", "api/calls", "api/events?status=draft", "api/events", "api/courses", "api/users" })
        {
            parts.Add(await fixture.Http.GetStringAsync(list));
        }

        return string.Join("\n", parts);
    }

    private static void Expect4xx(string what, HttpResponseMessage response, List<string> failures)
    {
        var status = (int)response.StatusCode;
        if (status is < 400 or >= 500 || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{what}: {status} {response.Content.Headers.ContentType?.MediaType}");
        }
    }

    // Path parameters filled with ids nothing has: a write must not create them either.
    private static string Address(string path) => path
        .Replace("{id}", NewId("walk"), StringComparison.Ordinal)
        .Replace("{keyId}", "walk-key", StringComparison.Ordinal)
        .Replace("{memberKind}", "startup", StringComparison.Ordinal)
        .Replace("{memberId}", NewId("walk"), StringComparison.Ordinal)
        .TrimStart('/');

    private static JsonNode WrongType(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<string>(out _) => JsonValue.Create(12345),
        JsonValue v when v.TryGetValue<bool>(out _) => JsonValue.Create("forse"),
        JsonValue => JsonValue.Create("dodici"),
        JsonArray => JsonValue.Create("non una lista"),
        JsonObject => JsonValue.Create(7),
        _ => new JsonArray(1, 2),
    };

    private static JsonNode? Example(JsonNode operation) => operation["requestBody"]?["content"]?["application/json"]?["example"];

    private const string ApiKeyScheme = "apiKey";

    private static void Check(string name, OpenApiOperation operation, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(operation.Summary))
        {
            problems.Add($"{name}: no summary");
        }

        var responses = operation.Responses ?? [];
        if (!responses.Any(r => r.Key.StartsWith('2') && (r.Key == "204" || r.Value.Content is { Count: > 0 })))
        {
            problems.Add($"{name}: no success answer with content");
        }

        foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' || (r.Key[0] == '5' && !name.EndsWith("/health", StringComparison.Ordinal))))
        {
            if (response.Content?.TryGetValue("application/problem+json", out var media) != true || media!.Schema is not OpenApiSchemaReference reference
                || reference.Reference.Id is not ("ProblemDetails" or "HttpValidationProblemDetails"))
            {
                problems.Add($"{name}: {status} is not problem details");
            }
        }

        if (name.StartsWith("PUT ", StringComparison.Ordinal) || (name.StartsWith("POST ", StringComparison.Ordinal) && !Bodiless.Contains(name)))
        {
            if (operation.RequestBody?.Content?.TryGetValue("application/json", out var body) != true || body!.Schema is null)
            {
                problems.Add($"{name}: no JSON request body");
            }
            else if (!responses.ContainsKey("400") || !responses.ContainsKey("415"))
            {
                problems.Add($"{name}: a body without 400 and 415 answers");
            }
        }

        var secured = operation.Security is { Count: > 0 };
        if (secured != responses.ContainsKey("403"))
        {
            problems.Add($"{name}: security requirement {(secured ? "without" : "but no requirement for")} a 403 answer");
        }

        if (!responses.ContainsKey("401"))
        {
            problems.Add($"{name}: no 401 answer (a wrong key is refused everywhere)");
        }
    }

    private static JsonNode Resolve(JsonObject document, JsonNode schema) =>
        schema["$ref"] is { } reference
            ? document["components"]!["schemas"]![((string)reference!).Split('/')[^1]]!
            : schema;
}
