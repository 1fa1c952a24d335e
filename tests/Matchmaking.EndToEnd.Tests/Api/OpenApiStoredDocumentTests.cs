using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;
using Matchmaking.Silo.OpenApi;
using static Matchmaking.EndToEnd.Tests.Infrastructure.Documents;

namespace Matchmaking.EndToEnd.Tests.Api;

/// <summary>
/// The stored documents (profiles of the three kinds, funding calls, co-working spaces, voucher programmes) are
/// documented as their handlers answer them: the record's fields, the same as their PUT body's, and the envelope the
/// handler adds, nothing more or less; the export's items are one of the three profile documents by kind. Documents
/// with every field set, which the security matrix does not write, read as their schemas.
/// </summary>
public sealed class OpenApiStoredDocumentTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    // Each stored document's PUT, with the envelope fields its answer adds to the body's fields.
    private static readonly Dictionary<string, string[]> Envelopes = new(StringComparer.Ordinal)
    {
        ["/api/companies/{id}"] = ["id", "kind", "version", "updatedAt"],
        ["/api/startups/{id}"] = ["id", "kind", "version", "updatedAt"],
        ["/api/researchers/{id}"] = ["id", "kind", "version", "updatedAt"],
        ["/api/calls/{id}"] = ["id", "version", "updatedAt", "status"],
        ["/api/spaces/{id}"] = ["id", "version", "updatedAt", "accreditation"],
        ["/api/voucher-programmes/{id}"] = ["id", "version", "updatedAt", "committed", "spent", "available", "issued"],
    };

    [Fact]
    public async Task A_document_answer_is_its_body_and_its_envelope()
    {
        var document = (await fixture.Anonymous.GetFromJsonAsync<JsonObject>("openapi/v1.json"))!;
        var problems = new List<string>();
        foreach (var (path, envelope) in Envelopes)
        {
            var body = Resolve(document, document["paths"]![path]!["put"]!["requestBody"]!["content"]!["application/json"]!["schema"]!)["properties"]!.AsObject();
            foreach (var answer in new[] { Answer(document, path, "get", "200"), Answer(document, path, "put", "200"), Answer(document, path, "put", "201") })
            {
                var properties = answer["properties"]!.AsObject();
                var expected = body.Select(p => p.Key).Concat(envelope).ToHashSet(StringComparer.Ordinal);
                var missing = expected.Where(name => !properties.ContainsKey(name)).ToList();
                var extra = properties.Select(p => p.Key).Where(name => !expected.Contains(name)).ToList();
                if (missing.Count + extra.Count > 0)
                {
                    problems.Add($"{path}: the answer's schema lacks [{string.Join(", ", missing)}] of its body and envelope, and has [{string.Join(", ", extra)}] besides");
                }

                // A field of the record has the same types in the answer as in the body (the body's schemas are inlined,
                // the answer's refer to components, and nullability is the answer's: so the types besides null).
                problems.AddRange(body.Where(p => properties[p.Key] is { } answered && Types(document, p.Value!) != Types(document, answered))
                    .Select(p => $"{path}: '{p.Key}' is {Types(document, properties[p.Key]!)} in the answer, {Types(document, p.Value!)} in the body"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));

        // The export's items: one of the three profile documents, by kind, each with its own kind.
        var items = Resolve(document, Answer(document, "/api/export", "get", "200")["properties"]!["items"]!["items"]!);
        Assert.Equal(["company", "startup", "researcher"], items["discriminator"]!["mapping"]!.AsObject().Select(m => m.Key).ToArray());
        var plurals = new Dictionary<string, string>(StringComparer.Ordinal) { ["company"] = "companies", ["startup"] = "startups", ["researcher"] = "researchers" };
        foreach (var (kind, reference) in items["discriminator"]!["mapping"]!.AsObject())
        {
            Assert.Equal((string)Answer(document, $"/api/{plurals[kind]}/{{id}}", "get", "200", resolve: false)["$ref"]!, (string)reference!);
            var schema = Resolve(document, new JsonObject { ["$ref"] = (string)reference! });
            Assert.Equal([kind], Resolve(document, schema["properties"]!["kind"]!)["enum"]!.AsArray().Select(v => (string)v!).ToArray());
        }

        Assert.Equal(items["discriminator"]!["mapping"]!.AsObject().Select(m => (string)m.Value!), items["oneOf"]!.AsArray().Select(a => (string)a!["$ref"]!));
    }

    [Fact]
    public async Task Documents_with_every_field_set_read_as_their_schemas()
    {
        var document = (await fixture.Anonymous.GetFromJsonAsync<JsonObject>("openapi/v1.json"))!;
        var (company, startup, researcher) = (NewId("full-company"), NewId("full-startup"), NewId("full-researcher"));
        var full = new Dictionary<string, JsonObject>(StringComparer.Ordinal)
        {
            [$"companies/{company}"] = Full(Company(), new() { ["website"] = "https://officine.example.it", ["memberships"] = Memberships() }),
            [$"startups/{startup}"] = Full(Startup(), new()
            {
                ["foundingYear"] = 2021, ["teamSize"] = 6, ["technology"] = "computer vision", ["memberships"] = Memberships(),
            }),
            [$"researchers/{researcher}"] = Full(Researcher(), new()
            {
                ["department"] = "DIMI", ["lab"] = "Lab macchine", ["keywords"] = new JsonArray("vibrazioni"), ["languages"] = new JsonArray("it", "en"),
            }),
            [$"calls/{NewId("full-call")}"] = JsonNode.Parse(ApiExamples.Call)!.AsObject(),
            [$"spaces/{NewId("full-space")}"] = JsonNode.Parse(ApiExamples.Space)!.AsObject(),
            [$"voucher-programmes/{NewId("full-programme")}"] = Full(JsonNode.Parse(ApiExamples.VoucherProgramme)!.AsObject(), new()
            {
                ["description"] = new JsonObject { ["it"] = "Un anno di scrivania", ["en"] = "A desk for a year" },
            }),
        };

        var problems = new List<string>();
        foreach (var (address, body) in full)
        {
            var path = $"/api/{address.Split('/')[0]}/{{id}}";
            using var put = await fixture.Http.PutAsync($"api/{address}", Json(body.ToJsonString()));
            problems.AddRange(await CheckAsync(document, path, "put", put));
            using var get = await fixture.Http.GetAsync($"api/{address}");
            problems.AddRange(await CheckAsync(document, path, "get", get));
        }

        // An accreditation names who gave it (to admins); the export has the three kinds with every field.
        var space = full.Keys.Single(k => k.StartsWith("spaces/", StringComparison.Ordinal));
        using var accredited = await fixture.Http.PostAsync($"api/{space}/accreditation", Json(ApiExamples.Accreditation));
        problems.AddRange(await CheckAsync(document, "/api/spaces/{id}/accreditation", "post", accredited));
        using var export = await fixture.Http.GetAsync("api/export");
        var exported = JsonNode.Parse(await export.Content.ReadAsStringAsync())!["items"]!.AsArray();
        Assert.Equal(3, exported.Count(i => (string?)i!["id"] is { } id && (id == company || id == startup || id == researcher) && (bool?)i["paused"] == true));
        problems.AddRange(AnswerSchemas.Check(document, Answer(document, "/api/export", "get", "200", resolve: false), JsonNode.Parse(await export.Content.ReadAsStringAsync())));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // A profile or programme with the optional fields the examples leave out.
    private static JsonObject Full(JsonObject body, JsonObject more)
    {
        foreach (var (name, value) in more)
        {
            body[name] = value?.DeepClone();
        }

        if (body.ContainsKey("themes"))
        {
            body["collaborations"] = new JsonArray(new JsonObject { ["kind"] = "startup", ["id"] = "partner-di-prima" });
            body["visibility"] = "members";
            body["paused"] = true;
        }

        return body;
    }

    private static JsonArray Memberships() => new(new JsonObject { ["hub"] = "csmt", ["role"] = "resident-partner" });

    private async Task<List<string>> CheckAsync(JsonObject document, string path, string method, HttpResponseMessage response)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = await response.Content.ReadAsStringAsync();
        if (status[0] != '2')
        {
            return [$"{method.ToUpperInvariant()} {path}: {status} {text}"];
        }

        return [.. AnswerSchemas.Check(document, Answer(document, path, method, status, resolve: false), JsonNode.Parse(text)).Select(p => $"{method.ToUpperInvariant()} {path} {status}: {p}")];
    }

    private static JsonNode Answer(JsonObject document, string path, string method, string status, bool resolve = true)
    {
        var schema = document["paths"]![path]![method]!["responses"]![status]!["content"]!["application/json"]!["schema"]!;
        return resolve ? Resolve(document, schema) : schema;
    }

    // The JSON types a property's schema allows besides null, an array's with its items' ("array of string").
    private static string Types(JsonObject document, JsonNode schema)
    {
        schema = Resolve(document, schema);
        if (schema["oneOf"] is JsonArray alternatives)
        {
            return string.Join("|", alternatives.Select(a => Types(document, a!)).Where(t => t.Length > 0).Order(StringComparer.Ordinal));
        }

        var types = schema["type"] is JsonArray many ? many.Select(t => (string)t!) : schema["type"] is { } one ? [(string)one!] : [];
        return string.Join("|", types.Where(t => t != "null").Order(StringComparer.Ordinal)
            .Select(t => t == "array" && schema["items"] is { } items ? $"array of {Types(document, items)}" : t));
    }

    private static JsonNode Resolve(JsonObject document, JsonNode schema) =>
        schema["$ref"] is { } reference
            ? document["components"]!["schemas"]![((string)reference!).Split('/')[^1]]!
            : schema;
}
