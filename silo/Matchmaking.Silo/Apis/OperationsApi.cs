using Microsoft.Extensions.Diagnostics.HealthChecks;
using Matchmaking.Silo.OpenApi;
using Scalar.AspNetCore;

namespace Matchmaking.Silo.Apis;

/// <summary><c>/health</c>, the OpenAPI document and its interactive reference.</summary>
public static class OperationsApi
{
    /// <summary>Where the interactive API reference is served.</summary>
    public const string ReferencePath = "/api/reference";

    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Health).WithTags("operations").AllowAnonymous()
            .Answers<HealthAnswer>().Answers<HealthAnswer>(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("200 when this process serves the whole ecosystem (storage, cluster, read models); 503 naming the failing checks otherwise.");
        app.MapOpenApi().AllowAnonymous();

        // The interactive reference of the document (Scalar, its script served from this process, no CDN).
        app.MapScalarApiReference(ReferencePath, o => o
                .WithTitle("Matchmaking API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddPreferredSecuritySchemes(OpenApi.ApiConventions.ApiKeyScheme)
                .DisableAgent()
                .HideDeveloperTools()
                .WithDotNetFlag(false))
            .AllowAnonymous();
        return app;
    }

    private static async Task<IResult> Health(HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        var checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description });
        if (report.Status == HealthStatus.Healthy)
        {
            return Results.Ok(new { status = "healthy", checks });
        }

        var failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key).ToList();
        return Results.Json(new { status = "unhealthy", failing, checks }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
