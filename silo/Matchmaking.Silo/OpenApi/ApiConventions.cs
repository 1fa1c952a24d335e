using System.Text.Json.Nodes;
using Matchmaking.Silo.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matchmaking.Silo.OpenApi;

/// <summary>
/// Completes each operation of the OpenAPI document by the API's conventions, so that no endpoint can forget them:
/// the query parameters its handler reads, who may call it (security requirement and the 401/403 answers), and the
/// problem-details answers every endpoint of its shape gives (400 with field errors for a body or a query, 404 for a
/// path naming a record, 409/412 for writes, 413/415 for bodies, 503 when storage or the cluster is away).
/// </summary>
internal sealed class ApiConventions : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    public const string ApiKeyScheme = "apiKey";
    public const string CookieScheme = "cookie";
    private const string Problem = "ProblemDetails";
    private const string ValidationProblem = "HttpValidationProblemDetails";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Matchmaking API";
        document.Info.Description = "Innovation-project matchmaking for a hub's companies, startups and researchers. Errors are RFC 9457 problem details; bad input changes nothing.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key: 'Authorization: Bearer KEY' (POST /api/users/{id}/keys issues one).",
        };
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = AuthServices.CookieName,
            Description = $"The pages' sign-in cookie; a call that changes something also needs the antiforgery token in '{AuthServices.AntiforgeryHeader}'.",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        await Task.CompletedTask;
    }

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod?.ToUpperInvariant() ?? "GET";
        var path = "/" + (description.RelativePath ?? "");
        operation.Responses ??= new OpenApiResponses();

        var query = metadata.OfType<QueryParameterMetadata>().SelectMany(m => m.Parameters).ToList();
        foreach (var parameter in query)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(Parameter(parameter));
        }

        if (metadata.OfType<BodyMetadata>().LastOrDefault() is { } body)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new()
                    {
                        Schema = await context.GetOrCreateSchemaAsync(body.Type, null, cancellationToken),
                        Example = body.ExampleJson is null ? null : JsonNode.Parse(body.ExampleJson),
                    },
                },
            };
        }

        var hasBody = operation.RequestBody is not null;

        var document = context.Document!;
        var problem = await SchemaAsync(document, context, Problem, typeof(ProblemDetails), cancellationToken);
        var invalid = await SchemaAsync(document, context, ValidationProblem, typeof(HttpValidationProblemDetails), cancellationToken);

        if (hasBody || query.Count > 0 || path.Contains('{', StringComparison.Ordinal))
        {
            Add(operation, 400, "Bad input: the field errors name each problem; nothing was changed.", invalid);
        }

        if (IsSecured(metadata, out var policy))
        {
            operation.Security = [Requirement(document, ApiKeyScheme), Requirement(document, CookieScheme)];
            Add(operation, 401, "Not signed in (no API key, or one that is unknown or revoked).", problem);
            Add(operation, 403, policy switch
            {
                Policies.Admin => "Only an admin may call this.",
                Policies.Coach => "Only coaches and admins may call this.",
                _ => "The caller may not act on this record (or a cookie call lacks the antiforgery token).",
            }, problem);
        }

        else
        {
            Add(operation, 401, "An API key was sent and is unknown or revoked (send none to call this anonymously).", problem);
        }

        if (path.Contains('{', StringComparison.Ordinal))
        {
            Add(operation, 404, "No such record (or one the caller may not see).", problem);
        }

        if (method is "PUT" or "POST" or "DELETE" && path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Add(operation, 409, "The record's state does not allow this (e.g. a closed call, a full event, a decided proposal).", problem);
        }

        if (method == "PUT")
        {
            Add(operation, 412, "If-Match named a version that is no longer the stored one; nothing was changed.", problem);
        }

        if (hasBody)
        {
            Add(operation, 413, "The body is larger than this endpoint accepts.", problem);
            Add(operation, 415, "The body is not application/json.", problem);
        }

        if (path != "/health")
        {
            Add(operation, 503, "Storage or the cluster is unavailable; retry later.", problem);
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (response is OpenApiResponse { Description: "OK" or "Created" or "No Content" or null or "" } plain)
            {
                plain.Description = status switch
                {
                    "201" => "Created.",
                    "204" => "Done; no content.",
                    _ => "The answer.",
                };
            }
        }
    }

    private static bool IsSecured(IList<object> metadata, out string? policy)
    {
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        policy = authorize.Select(a => a.Policy).LastOrDefault(p => p is not null);
        return authorize.Count > 0 && !anonymous;
    }

    private static OpenApiParameter Parameter(QueryParameter parameter)
    {
        var schema = new OpenApiSchema
        {
            Type = parameter.Type switch
            {
                "integer" => JsonSchemaType.Integer,
                "boolean" => JsonSchemaType.Boolean,
                _ => JsonSchemaType.String,
            },
        };
        if (parameter.Allowed is { } allowed)
        {
            schema.Enum = [.. allowed.Select(a => (JsonNode)JsonValue.Create(a))];
        }

        return new OpenApiParameter { Name = parameter.Name, In = ParameterLocation.Query, Description = parameter.Description, Schema = schema };
    }

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument document, string scheme) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };

    private static async Task<IOpenApiSchema> SchemaAsync(OpenApiDocument document, OpenApiOperationTransformerContext context, string name, Type type, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(name))
        {
            document.Components.Schemas[name] = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
        }

        return new OpenApiSchemaReference(name, document);
    }

    private static void Add(OpenApiOperation operation, int status, string description, IOpenApiSchema schema)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var existing) && existing is OpenApiResponse { Content.Count: > 0 })
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
        };
    }
}
