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

    /// <summary>A JSON body of shape <typeparamref name="T"/>, with an example (see <see cref="ApiExamples"/>).</summary>
    public static RouteHandlerBuilder Body<T>(this RouteHandlerBuilder builder, string? example = null)
        where T : notnull =>
        Body(builder, typeof(T), example);

    /// <summary>
    /// A JSON body of shape <paramref name="type"/>, with an example. Documentation only: unlike
    /// <c>Accepts</c>, it takes no part in routing, so a body of another content type still reaches the handler,
    /// whose reader refuses it with the API's own 415 (naming the type sent).
    /// </summary>
    public static RouteHandlerBuilder Body(this RouteHandlerBuilder builder, Type type, string? example = null) =>
        builder.WithMetadata(new BodyMetadata(type, example));

    /// <summary>A JSON answer of shape <typeparamref name="T"/> with <paramref name="status"/>.</summary>
    public static RouteHandlerBuilder Answers<T>(this RouteHandlerBuilder builder, int status = StatusCodes.Status200OK) =>
        builder.Produces<T>(status);
}

/// <summary>Endpoint metadata: the JSON body's shape and an example of it (the document's <c>example</c>).</summary>
public sealed record BodyMetadata(Type Type, string? ExampleJson);

/// <summary>Endpoint metadata: the query parameters a handler reads.</summary>
public sealed record QueryParameterMetadata(IReadOnlyList<QueryParameter> Parameters);
