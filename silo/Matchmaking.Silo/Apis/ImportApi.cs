using System.Security.Claims;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Directory;
using Matchmaking.Silo.Auth;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;

namespace Matchmaking.Silo.Apis;

/// <summary><c>POST /api/import</c> (many profiles, each on its own) and <c>GET /api/export</c> (the same shape back).</summary>
public static class ImportApi
{
    public const int MaxItems = 1000;

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/import", Import).WithTags("import").RequireAuthorization(Policies.Admin).Body<ImportBody>(ApiExamples.Import).Answers<ImportSummary>()
            .WithSummary("Imports profile documents (each with kind and id); valid items are stored, invalid ones reported by index.");
        app.MapPost("/api/import/check", Check).WithTags("import").RequireAuthorization(Policies.Admin).Body<ImportBody>(ApiExamples.Import).Answers<ImportSummary>()
            .WithSummary("Checks profile documents as /api/import would and writes nothing: every invalid item reported by index.");
        app.MapGet("/api/export", Export).WithTags("import").AllowAnonymous().Answers<ExportAnswer>()
            .Query(QueryParameter.OneOf("kind", "Only profiles of this kind.", "company", "startup", "researcher"))
            .WithSummary("Exports profile documents in the shape /api/import takes; stored profiles that cannot be read are named in unreadable.");
        return app;
    }

    private static Task<IResult> Import(HttpRequest request, ProfileCatalog catalog, CancellationToken cancellationToken) =>
        ImportOrCheck(request, catalog, dryRun: false, cancellationToken);

    // POST /api/import/check: every item checked as POST /api/import would store it, nothing written. A path of its
    // own, not a flag, so that a silo that does not know it answers 404 rather than writing (the CLI uses it to name
    // every problem of a row it could not send).
    private static Task<IResult> Check(HttpRequest request, ProfileCatalog catalog, CancellationToken cancellationToken) =>
        ImportOrCheck(request, catalog, dryRun: true, cancellationToken);

    private static async Task<IResult> ImportOrCheck(HttpRequest request, ProfileCatalog catalog, bool dryRun, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, JsonBody.ImportLimit, cancellationToken);
        if (body["items"] is not JsonArray items)
        {
            return Problems.Invalid("items", "An array of profile documents is required.");
        }

        if (items.Count > MaxItems)
        {
            return Problems.Invalid("items", $"At most {MaxItems} items a request ({items.Count} given); send them in batches.");
        }

        var results = new ImportItemResult[items.Count];
        var firstIndex = new Dictionary<(ActorKind, string), int>();
        var work = new List<(int Index, ActorKind Kind, string Id, JsonObject Document)>();
        for (var i = 0; i < items.Count; i++)
        {
            var (kind, id, document, errors) = Envelope(items[i]);
            if (errors is null && firstIndex.TryGetValue((kind, id!), out var first))
            {
                errors = new() { ["id"] = [$"The {kind.Name()} '{id}' appears more than once in this import (first at index {first})."] };
            }

            if (errors is not null)
            {
                results[i] = ImportItemResult.Failed(i, id, kind, errors);
                continue;
            }

            firstIndex[(kind, id!)] = i;
            work.Add((i, kind, id!, document!));
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(work, parallel, async (item, _) =>
        {
            try
            {
                if (dryRun)
                {
                    catalog.Check(item.Kind, item.Id, item.Document);
                    results[item.Index] = new ImportItemResult(item.Index, item.Id, item.Kind.Name(), null, null);
                    return;
                }

                var (_, outcome) = await catalog.PutAsync(item.Kind, item.Id, item.Document);
                results[item.Index] = new ImportItemResult(item.Index, item.Id, item.Kind.Name(), outcome, null);
            }
            catch (ValidationFailedException e)
            {
                results[item.Index] = ImportItemResult.Failed(item.Index, item.Id, item.Kind, e.Errors);
            }
        });

        return Results.Ok(ImportSummary.Of(results));
    }

    private static (ActorKind Kind, string? Id, JsonObject? Document, Dictionary<string, string[]>? Errors) Envelope(JsonNode? item)
    {
        if (item is not JsonObject document)
        {
            return (default, null, null, new() { ["$"] = ["An item is a profile document (a JSON object)."] });
        }

        var errors = new Dictionary<string, string[]>();
        var kindText = document["kind"] is JsonValue k && k.TryGetValue<string>(out var kt) ? kt : null;
        var id = document["id"] is JsonValue v && v.TryGetValue<string>(out var idText) ? idText : null;
        if (!ActorKinds.TryParse(kindText, out var kind))
        {
            errors["kind"] = [$"A kind is required: one of {string.Join(", ", ActorKinds.All.Select(x => x.Name()))}."];
        }

        if (ActorIds.Problem(id) is { } problem)
        {
            errors["id"] = [problem];
        }

        return errors.Count > 0 ? (kind, id, null, errors) : (kind, id, document, null);
    }

    private static async Task<IResult> Export(HttpRequest request, ActorDirectory directory, ProfileCatalog catalog, ClaimsPrincipal user)
    {
        var viewer = Viewer.From(user);
        ActorKind? kind = null;
        if (request.Query["kind"].ToString() is { Length: > 0 } kindText)
        {
            if (!ActorKinds.TryParse(kindText, out var parsed))
            {
                return Problems.Invalid("kind", $"Unknown kind '{kindText}'. Allowed: {string.Join(", ", ActorKinds.All.Select(k => k.Name()))}.");
            }

            kind = parsed;
        }

        var items = new JsonArray();
        var unreadable = new JsonArray();
        foreach (var actor in directory.All(kind))
        {
            var named = new ActorRef(actor.Kind, actor.Id);
            try
            {
                if (await catalog.GetAsync(actor.Kind, actor.Id) is { } document && viewer.CanSee(VisibleActors.VisibilityOf(document), named))
                {
                    items.Add(document);
                }
            }
            catch (UnreadableRecordException e) when (viewer.CanEdit(named))
            {
                unreadable.Add(Unreadable(named, e.Problem));
            }
            catch (UnreadableRecordException)
            {
                // Its visibility cannot be read either: only those who may repair it learn that it exists.
            }
        }

        foreach (var (actor, problem) in directory.Unreadable(kind).Where(u => viewer.CanEdit(u.Actor)))
        {
            unreadable.Add(Unreadable(actor, problem));
        }

        var export = new JsonObject { ["items"] = items };
        if (unreadable.Count > 0)
        {
            export["unreadable"] = unreadable;
        }

        return Results.Json(export);
    }

    // A stored profile the export could not read, reported instead of left out (those who may edit it only).
    private static JsonObject Unreadable(ActorRef actor, string problem) => new()
    {
        ["kind"] = actor.Kind.Name(),
        ["id"] = actor.Id,
        ["problem"] = $"{problem} Replace it with a PUT of a valid document, or delete it.",
    };
}

/// <summary>What happened to one import item.</summary>
public sealed record ImportItemResult(int Index, string? Id, string? Kind, WriteOutcome? Outcome, IReadOnlyDictionary<string, string[]>? Errors)
{
    public static ImportItemResult Failed(int index, string? id, ActorKind kind, IReadOnlyDictionary<string, string[]> errors) =>
        new(index, id, id is null ? null : kind.Name(), null, errors);
}

/// <summary>The answer to an import: counts, and each failed item with its field errors.</summary>
public sealed record ImportSummary(int Created, int Updated, int Unchanged, int Failed, IReadOnlyList<ImportItemResult> Errors)
{
    public static ImportSummary Of(IReadOnlyList<ImportItemResult> results) => new(
        results.Count(r => r.Outcome == WriteOutcome.Created),
        results.Count(r => r.Outcome == WriteOutcome.Updated),
        results.Count(r => r.Outcome == WriteOutcome.Unchanged),
        results.Count(r => r.Errors is not null),
        results.Where(r => r.Errors is not null).ToList());
}
