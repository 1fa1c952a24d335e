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

    /// <summary>A JSON body of shape <paramref name="type"/>, with an example.</summary>
    public static RouteHandlerBuilder Body(this RouteHandlerBuilder builder, Type type, string? example = null)
    {
        builder.Accepts(type, "application/json");
        return example is null ? builder : builder.WithMetadata(new BodyExampleMetadata(example));
    }

    /// <summary>A JSON answer of shape <typeparamref name="T"/> with <paramref name="status"/>.</summary>
    public static RouteHandlerBuilder Answers<T>(this RouteHandlerBuilder builder, int status = StatusCodes.Status200OK) =>
        builder.Produces<T>(status);
}

/// <summary>Endpoint metadata: an example of the JSON body (the document's <c>example</c>).</summary>
public sealed record BodyExampleMetadata(string Json);

/// <summary>Endpoint metadata: the query parameters a handler reads.</summary>
public sealed record QueryParameterMetadata(IReadOnlyList<QueryParameter> Parameters);
