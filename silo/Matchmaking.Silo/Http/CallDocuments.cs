using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Json;

namespace Matchmaking.Silo.Http;

/// <summary>
/// The funding call document of the API: the call's fields plus <c>id</c>, <c>version</c>, <c>updatedAt</c> and
/// <c>status</c> (open, upcoming, closed, as of today). Reading one is strict; the envelope fields are ignored
/// (an <c>id</c> must be the URL's).
/// </summary>
public static class CallDocuments
{
    private static readonly string[] EnvelopeFields = ["id", "version", "updatedAt", "status"];

    public static JsonObject ToDocument(StoredCall stored, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var document = new JsonObject
        {
            ["id"] = stored.Id,
            ["version"] = stored.Version,
            ["updatedAt"] = stored.UpdatedAt,
            ["status"] = stored.Call.StatusOn(today).ToString().ToLowerInvariant(),
        };
        foreach (var (name, value) in JsonSerializer.SerializeToNode(stored.Call, MatchmakingJson.Options)!.AsObject().ToList())
        {
            document[name] = value?.DeepClone();
        }

        return document;
    }

    /// <summary>The call in <paramref name="document"/> for the id <paramref name="id"/>; throws <see cref="ValidationFailedException"/>.</summary>
    public static FundingCall FromDocument(string id, JsonObject document) =>
        StrictBodies.Read<FundingCall>(DocumentEnvelope.Fields(document, id, EnvelopeFields), "a funding call");
}
