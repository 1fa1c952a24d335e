using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Matchmaking.Cli.Tests.Fakes;

/// <summary>
/// A tiny stand-in for the silo on a loopback port: speaks docs/API.md's JSON and problem details, keeps profiles
/// in memory and records the import batches it received. Validation is a small subset: name required, known
/// themes only, no unknown fields.
/// </summary>
public sealed class FakeSilo : IAsyncDisposable
{
    public static readonly string[] KnownThemes = ["cloud", "iot", "industrial-iot", "ai"];

    private static readonly HashSet<string> KnownFields =
    [
        "id", "kind", "version", "updatedAt", "name", "description", "themes", "offers", "needs", "location", "website",
        "sectorCode", "employees", "isSme", "memberships", "stage", "foundingYear", "teamSize", "technology", "seeks",
        "affiliation", "department", "lab", "position", "availability", "keywords", "languages",
    ];

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonObject> _profiles = new();
    private int _version;

    private FakeSilo(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>How many items each <c>POST /api/import</c> carried, in order.</summary>
    public ConcurrentQueue<int> ImportBatches { get; } = new();

    /// <summary>Every request line received, e.g. <c>GET /api/actors?q=x</c>.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Every <c>Authorization</c> header received (empty when a request had none).</summary>
    public ConcurrentQueue<string> Authorizations { get; } = new();

    /// <summary>When set, every request is answered with this status and plain-text body.</summary>
    public (HttpStatusCode Status, string Body)? Outage { get; set; }

    public int ProfileCount => _profiles.Count;

    public static async Task<FakeSilo> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var silo = new FakeSilo(app);
        silo.Map(app);
        await app.StartAsync();
        silo.Url = new Uri(app.Urls.First());
        return silo;
    }

    public void Seed(ActorKind kind, string id, JsonObject document)
    {
        var problems = Store(kind, id, document, out _);
        Assert.Null(problems);
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            Requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            Authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
            if (Outage is { } outage)
            {
                context.Response.StatusCode = (int)outage.Status;
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync(outage.Body);
                return;
            }

            await next(context);
        });

        app.MapGet("/health", () => Results.Json(new JsonObject { ["status"] = "healthy" }));
        app.MapPut("/api/{kinds}/{id}", async (string kinds, string id, HttpRequest request) =>
        {
            if (!ActorKinds.TryParse(kinds, out var kind))
            {
                return NotFound($"No such resource '{kinds}'.");
            }

            var body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
            var problems = Store(kind, id, body, out var created);
            if (problems is not null)
            {
                return Results.ValidationProblem(problems);
            }

            var stored = _profiles[Key(kind, id)];
            request.HttpContext.Response.Headers.ETag = $"\"{stored["version"]}\"";
            return created ? Results.Json(stored, statusCode: 201) : Results.Json(stored);
        });
        app.MapGet("/api/{kinds}/{id}", (string kinds, string id, HttpResponse response) =>
        {
            if (!ActorKinds.TryParse(kinds, out var kind) || !_profiles.TryGetValue(Key(kind, id), out var document))
            {
                return NotFound($"No {kinds} '{id}'.");
            }

            response.Headers.ETag = $"\"{document["version"]}\"";
            return Results.Json(document);
        });
        app.MapDelete("/api/{kinds}/{id}", (string kinds, string id) =>
            ActorKinds.TryParse(kinds, out var kind) && _profiles.TryRemove(Key(kind, id), out _)
                ? Results.NoContent()
                : NotFound($"No {kinds} '{id}'."));
        app.MapGet("/api/actors", (string? kind, string? q, int? page, int? pageSize) => List(kind, q, page, pageSize));
        app.MapGet("/api/{kinds}", (string kinds, string? q, int? page, int? pageSize) => List(kinds, q, page, pageSize));
        app.MapPost("/api/import", async (HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            var items = body["items"]!.AsArray();
            ImportBatches.Enqueue(items.Count);
            int created = 0, updated = 0, unchanged = 0;
            var errors = new JsonArray();
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i]!.AsObject();
                var id = item["id"]?.GetValue<string>() ?? "";
                var kindText = item["kind"]?.GetValue<string>();
                ActorKinds.TryParse(kindText, out var kind);
                var before = _profiles.TryGetValue(Key(kind, id), out var old) ? Comparable(old) : null;
                var problems = Store(kind, id, item.DeepClone().AsObject(), out var wasCreated, keepVersionWhenEqual: true);
                if (problems is not null)
                {
                    var fields = new JsonObject();
                    foreach (var (field, messages) in problems)
                    {
                        fields[field] = new JsonArray([.. messages.Select(m => (JsonNode)m)]);
                    }

                    errors.Add(new JsonObject { ["index"] = i, ["id"] = id, ["kind"] = kindText, ["errors"] = fields });
                }
                else if (wasCreated)
                {
                    created++;
                }
                else if (before == Comparable(_profiles[Key(kind, id)]))
                {
                    unchanged++;
                }
                else
                {
                    updated++;
                }
            }

            return Results.Json(new JsonObject
            {
                ["created"] = created, ["updated"] = updated, ["unchanged"] = unchanged, ["failed"] = errors.Count, ["errors"] = errors,
            });
        });
        app.MapGet("/api/export", (string? kind) =>
        {
            var items = _profiles.Values
                .Where(p => kind is null || p["kind"]!.GetValue<string>() == kind)
                .OrderBy(p => p["id"]!.GetValue<string>(), StringComparer.Ordinal)
                .Select(p => (JsonNode)p.DeepClone());
            return Results.Json(new JsonObject { ["items"] = new JsonArray([.. items]) });
        });
        app.MapGet("/api/themes", () => Results.Json(new JsonObject
        {
            ["items"] = new JsonArray([.. KnownThemes.Select(t => (JsonNode)Theme(t, withActors: false))]),
            ["total"] = KnownThemes.Length,
        }));
        app.MapGet("/api/themes/{id}", (string id) => KnownThemes.Contains(id) ? Results.Json(Theme(id, withActors: true)) : NotFound($"No theme '{id}'."));
    }

    private static IResult NotFound(string detail) => Results.Problem(statusCode: 404, title: "Not Found", detail: detail);

    private static string Key(ActorKind kind, string id) => $"{kind.Name()}/{id}";

    private static string Comparable(JsonObject document)
    {
        var copy = document.DeepClone().AsObject();
        copy.Remove("version");
        copy.Remove("updatedAt");
        return copy.ToJsonString();
    }

    private Dictionary<string, string[]>? Store(ActorKind kind, string id, JsonObject body, out bool created, bool keepVersionWhenEqual = false)
    {
        created = false;
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body["name"]?.GetValue<string>()))
        {
            problems["name"] = ["The name is required."];
        }

        foreach (var field in body.Select(p => p.Key).Where(k => !KnownFields.Contains(k)))
        {
            problems[field] = ["Unknown field."];
        }

        if (body["themes"] is JsonArray themes)
        {
            for (var i = 0; i < themes.Count; i++)
            {
                if (!KnownThemes.Contains(themes[i]?.GetValue<string>()))
                {
                    problems[$"themes[{i}]"] = [$"Unknown theme '{themes[i]}'."];
                }
            }
        }

        if (body["employees"] is { } employees && employees.GetValueKind() != System.Text.Json.JsonValueKind.Number)
        {
            problems["employees"] = ["Must be a whole number."];
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var document = body.DeepClone().AsObject();
        document["id"] = id;
        document["kind"] = kind.Name();
        var key = Key(kind, id);
        created = !_profiles.TryGetValue(key, out var old);
        if (keepVersionWhenEqual && old is not null && Comparable(old) == Comparable(document))
        {
            return null;
        }

        document["version"] = $"{Interlocked.Increment(ref _version)}";
        document["updatedAt"] = "2026-11-22T10:00:00+00:00";
        _profiles[key] = document;
        return null;
    }

    private IResult List(string? kindText, string? q, int? page, int? pageSize)
    {
        ActorKind? kind = ActorKinds.TryParse(kindText, out var parsed) ? parsed : null;
        var size = pageSize ?? 20;
        if (size is < 1 or > 200)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["pageSize"] = ["Must be between 1 and 200."] });
        }

        var matches = _profiles.Values
            .Where(p => kind is null || p["kind"]!.GetValue<string>() == kind.Value.Name())
            .Where(p => q is null || p["name"]!.GetValue<string>().Contains(q, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p["id"]!.GetValue<string>(), StringComparer.Ordinal)
            .ToList();
        var items = matches.Skip(((page ?? 1) - 1) * size).Take(size).Select(p => (JsonNode)Summary(p));
        return Results.Json(new JsonObject { ["items"] = new JsonArray([.. items]), ["total"] = matches.Count });
    }

    private static JsonObject Summary(JsonObject profile) => new()
    {
        ["kind"] = profile["kind"]!.DeepClone(),
        ["id"] = profile["id"]!.DeepClone(),
        ["name"] = profile["name"]!.DeepClone(),
        ["province"] = profile["location"]?["province"]?.DeepClone(),
        ["municipality"] = profile["location"]?["municipality"]?.DeepClone(),
        ["themes"] = profile["themes"]?.DeepClone() ?? new JsonArray(),
    };

    private JsonObject Theme(string id, bool withActors)
    {
        var offerers = _profiles.Values.Where(p => p["themes"] is JsonArray themes && themes.Any(t => t?.GetValue<string>() == id)).ToList();
        var theme = new JsonObject
        {
            ["id"] = id,
            ["labelIt"] = $"{id} (it)",
            ["labelEn"] = $"{id} (en)",
            ["parent"] = id == "industrial-iot" ? "iot" : null,
            ["children"] = id == "iot" ? new JsonArray("industrial-iot") : new JsonArray(),
            ["synonymsIt"] = new JsonArray(),
            ["synonymsEn"] = new JsonArray(),
            ["hubs"] = new JsonArray("csmt"),
        };
        if (withActors)
        {
            theme["offerers"] = new JsonArray([.. offerers.Select(p => (JsonNode)Summary(p))]);
            theme["seekers"] = new JsonArray();
        }
        else
        {
            theme["offerers"] = offerers.Count;
            theme["seekers"] = 0;
        }

        return theme;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
