namespace Matchmaking.Silo.Apis;

/// <summary><c>/health</c> and the OpenAPI document.</summary>
public static class OperationsApi
{
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => Results.Ok(new { status = "healthy" })).WithTags("operations").AllowAnonymous()
            .WithSummary("200 once the silo serves requests.");
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
