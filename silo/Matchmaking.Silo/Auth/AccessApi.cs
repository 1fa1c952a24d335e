using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Access;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Access;
using Matchmaking.Silo.Http;
using Matchmaking.Silo.OpenApi;

namespace Matchmaking.Silo.Auth;

/// <summary>
/// <c>/api/users</c> and <c>/api/keys</c>: users and API keys, for admins; <c>GET /api/me</c>: who is signed in.
/// Keys are answered once, when created; never their hashes.
/// </summary>
public static class AccessApi
{
    private static readonly string[] UserFields = ["id", "name", "role", "actor", "password", "email", "language"];

    public static IEndpointRouteBuilder MapAccessApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("users").RequireAuthorization(Policies.Admin);
        users.MapPost("/", Create).Body<UserBody>(ApiExamples.User).Answers<UserInfo>(StatusCodes.Status201Created).WithSummary("Creates a user: id, name, role (admin, coach, member), actor (members), password (optional).");
        users.MapGet("/", async (UserAccounts accounts) =>
        {
            var items = await accounts.ListAsync();
            return Results.Ok(new { items, total = items.Count });
        }).Answers<Listed<UserInfo>>().WithSummary("Every user with its keys (prefixes only).");
        users.MapGet("/{id}", async (string id, UserAccounts accounts) =>
            await accounts.GetAsync(id) is { } user ? Results.Ok(user) : Problems.NotFound($"user '{id}'"))
            .Answers<UserInfo>().WithSummary("A user with its keys (prefixes only).");
        users.MapDelete("/{id}", async (string id, UserAccounts accounts) =>
            await accounts.DeleteAsync(id) ? Results.NoContent() : Problems.NotFound($"user '{id}'"))
            .Produces(StatusCodes.Status204NoContent).WithSummary("Deletes a user and its keys; its keys stop working at once.");
        users.MapPost("/{id}/keys", CreateKey).Body<KeyBody>(ApiExamples.Key).Answers<CreatedKeyAnswer>(StatusCodes.Status201Created)
            .WithSummary("Creates an API key for the user (optional body {\"label\"}); the key is in this answer only.");

        app.MapDelete("/api/keys/{keyId}", async (string keyId, UserAccounts accounts) =>
            await accounts.RevokeApiKeyAsync(keyId) is null ? Problems.NotFound($"API key '{keyId}'") : Results.NoContent())
            .WithTags("users").RequireAuthorization(Policies.Admin).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Revokes an API key: it answers 401 from now on.");

        app.MapGet("/api/me", (HttpContext context) =>
        {
            var viewer = Viewer.From(context.User);
            return Results.Ok(new { id = viewer.UserId, name = viewer.Name, role = viewer.Role, actor = viewer.Actor });
        }).WithTags("users").RequireAuthorization(Policies.SignedIn)
            .Answers<MeAnswer>().WithSummary("Who is signed in: id, name, role and, for a member, its actor.");
        return app;
    }

    private static async Task<IResult> Create(HttpRequest request, UserAccounts accounts, ProfileCatalog catalog, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, JsonBody.BriefLimit, cancellationToken);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, _) in body)
        {
            if (!UserFields.Contains(name, StringComparer.Ordinal))
            {
                errors[name] = [$"Unknown field. A user has: {string.Join(", ", UserFields)}."];
            }
        }

        ActorRef? actor = null;
        if (body["actor"] is JsonObject actorNode)
        {
            if (!ActorKinds.TryParse(Text(actorNode["kind"]), out var kind))
            {
                errors["actor.kind"] = [$"The kind is one of: {string.Join(", ", ActorKinds.All.Select(k => k.Name()))}."];
            }

            actor = new ActorRef(kind, Text(actorNode["id"]) ?? "");
        }
        else if (body["actor"] is not null)
        {
            errors["actor"] = ["An actor is {\"kind\":\"company\",\"id\":\"…\"}."];
        }

        foreach (var field in new[] { "email", "language" })
        {
            if (body[field] is not null && Text(body[field]) is null)
            {
                errors[field] = ["A string is expected."];
            }
        }

        var password = body["password"] is null ? null : Text(body["password"]);
        if (body["password"] is not null && password is null)
        {
            errors["password"] = ["A string is expected."];
        }

        // A member is bound to an actor that exists (hidden or not yet readable ones included), never to a name.
        if (errors.Count == 0 && actor is { } bound && ActorIds.Problem(bound.Id) is null && !await ExistsAsync(catalog, bound))
        {
            errors["actor"] = [$"There is no {bound.Kind.Name()} '{bound.Id}': create its profile first, then its member."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var account = new UserAccount(Text(body["id"]) ?? "", Text(body["name"]) ?? "", Text(body["role"]) ?? "", actor, Text(body["email"]), Text(body["language"]));
        var created = await accounts.CreateAsync(account, password);
        return created is null
            ? AccessProblems.Conflict($"There is already a user '{account.Id}'.")
            : Results.Created($"/api/users/{created.Id}", created);
    }

    private static async Task<IResult> CreateKey(string id, HttpRequest request, UserAccounts accounts, CancellationToken cancellationToken)
    {
        string? label = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var body = await JsonBody.ReadObjectAsync(request, JsonBody.BriefLimit, cancellationToken);
            var unknown = body.Select(p => p.Key).Where(k => k != "label").ToList();
            if (unknown.Count > 0)
            {
                return Problems.Invalid(unknown.ToDictionary(k => k, _ => new[] { "Unknown field. A key has: label." }));
            }

            label = Text(body["label"]);
        }

        var created = await accounts.CreateApiKeyAsync(id, label);
        return created is null
            ? Problems.NotFound($"user '{id}'")
            : Results.Created($"/api/users/{id}", new
            {
                keyId = created.Info.KeyId,
                key = created.Key,
                prefix = created.Info.Prefix,
                userId = created.Info.UserId,
                label = created.Info.Label,
                createdAt = created.Info.CreatedAt,
            });
    }

    private static async Task<bool> ExistsAsync(ProfileCatalog catalog, ActorRef actor)
    {
        try
        {
            return await catalog.GetAsync(actor.Kind, actor.Id) is not null;
        }
        catch (UnreadableRecordException)
        {
            return true;
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
