using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Matchmaking.Abstractions.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matchmaking.Silo.OpenApi;

/// <summary>
/// Schemas as the API's JSON (<see cref="MatchmakingJson"/>) writes them, where the schema generator cannot see it:
/// an enumeration is a string, one of its names (<see cref="EnumNames{TEnum}"/>; its converter hid them, leaving an
/// empty schema, and lists of them had no items); a property that may be null is not required, since a null is left
/// out of the answer.
/// </summary>
internal sealed class SchemaConventions : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumeration)
        {
            schema.Type = enumeration == type ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Enum = Names(enumeration);
        }
        else if (context.JsonTypeInfo is { Kind: JsonTypeInfoKind.Enumerable, ElementType.IsEnum: true } && schema.Items is null)
        {
            // A list of names: the generator leaves its items out altogether.
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = Names(context.JsonTypeInfo.ElementType!) };
        }
        else if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Required is { Count: > 0 } required)
        {
            foreach (var property in context.JsonTypeInfo.Properties.Where(MayBeNull))
            {
                required.Remove(property.Name);
            }
        }

        return Task.CompletedTask;
    }

    private static bool MayBeNull(JsonPropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null || (!property.PropertyType.IsValueType && property.IsGetNullable);

    private static List<JsonNode> Names(Type enumeration) =>
        [.. ((IReadOnlyList<string>)typeof(EnumNames<>).MakeGenericType(enumeration)
            .GetProperty(nameof(EnumNames<ConsoleColor>.All), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .Select(n => (JsonNode)JsonValue.Create(n))];
}
