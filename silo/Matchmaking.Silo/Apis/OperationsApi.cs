using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matchmaking.Silo.Apis;

/// <summary><c>/health</c> and the OpenAPI document.</summary>
public static class OperationsApi
{
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Health).WithTags("operations").AllowAnonymous()
            .WithSummary("200 when this process serves the whole ecosystem (storage, cluster, read models); 503 naming the failing checks otherwise.");
        app.MapOpenApi().AllowAnonymous();
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
