namespace Matchmaking.Silo.OpenApi;

/// <summary>
/// What an endpoint takes and answers, for the OpenAPI document, where the handler reads its body or query itself
/// (strict JSON reading, one validator per command) so that ASP.NET cannot infer them.
/// </summary>
public static class ApiDescriptions
{
    /// <summary>Query parameters read by the handler.</summary>
    public static TBuilder Query<TBuilder>(this TBuilder builder, params QueryParameter[] parameters)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new QueryParameterMetadata(parameters));

    /// <summary>A JSON body of shape <typeparamref name="T"/>.</summary>
    public static RouteHandlerBuilder Body<T>(this RouteHandlerBuilder builder)
        where T : notnull =>
        builder.Accepts<T>("application/json");

    /// <summary>A JSON answer of shape <typeparamref name="T"/> with <paramref name="status"/>.</summary>
    public static RouteHandlerBuilder Answers<T>(this RouteHandlerBuilder builder, int status = StatusCodes.Status200OK) =>
        builder.Produces<T>(status);
}

/// <summary>Endpoint metadata: the query parameters a handler reads.</summary>
public sealed record QueryParameterMetadata(IReadOnlyList<QueryParameter> Parameters);
