using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
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
