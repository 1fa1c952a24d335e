using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Profiles;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matchmaking.Silo.OpenApi;

/// <summary>
/// The profile documents' schemas by kind: each kind's document has its one <c>kind</c> name (the record's
/// <see cref="ActorKind"/> would allow all three), and <see cref="ProfileDocument"/>, a document of any kind (the
/// export's items), is one of the three, told apart by <c>kind</c> (a discriminator with its mapping).
/// </summary>
internal sealed class ProfileDocumentSchemas : IOpenApiSchemaTransformer, IOpenApiDocumentTransformer
{
    private static readonly Dictionary<Type, ActorKind> Kinds = new()
    {
        [typeof(CompanyDocument)] = ActorKind.Company,
        [typeof(StartupDocument)] = ActorKind.Startup,
        [typeof(ResearcherDocument)] = ActorKind.Researcher,
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is null && Kinds.TryGetValue(context.JsonTypeInfo.Type, out var kind) && schema.Properties is { } properties)
        {
            properties["kind"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [JsonValue.Create(kind.Name())],
                Description = $"Always {kind.Name()} in a {kind.Name()}'s document.",
            };
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        // The components exist by now: the kinds' own GETs answer them, the export answers ProfileDocument.
        if (document.Components?.Schemas is { } schemas && schemas.ContainsKey(nameof(ProfileDocument)))
        {
            var kinds = Kinds.OrderBy(k => k.Value).Select(k => (Name: k.Value.Name(), Schema: new OpenApiSchemaReference(k.Key.Name, document))).ToList();
            schemas[nameof(ProfileDocument)] = new OpenApiSchema
            {
                Description = "A profile document of one of the three kinds, told apart by kind.",
                OneOf = [.. kinds.Select(k => (IOpenApiSchema)k.Schema)],
                Discriminator = new OpenApiDiscriminator { PropertyName = "kind", Mapping = kinds.ToDictionary(k => k.Name, k => k.Schema) },
            };
        }

        return Task.CompletedTask;
    }
}
