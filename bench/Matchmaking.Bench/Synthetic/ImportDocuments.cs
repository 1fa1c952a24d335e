using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Bench.Synthetic;

/// <summary>Synthetic profiles as the JSON documents of <c>POST /api/import</c> and <c>PUT /api/{kinds}/{id}</c>.</summary>
public static class ImportDocuments
{
    /// <summary>An import item: the profile's fields with its <c>kind</c> and <c>id</c>.</summary>
    public static JsonObject Of(ActorKind kind, string id, ActorProfile profile)
    {
        var document = Profile(profile);
        document["kind"] = kind.Name();
        document["id"] = id;
        return document;
    }

    /// <summary>An import item of a synthetic actor.</summary>
    public static JsonObject Of(SyntheticActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Of(actor.Kind, actor.Id, actor.Profile);
    }

    /// <summary>The body of a profile <c>PUT</c>: the profile's fields alone.</summary>
    public static JsonObject Profile(ActorProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return JsonSerializer.SerializeToNode(profile, profile.GetType(), MatchmakingJson.Options)!.AsObject();
    }
}
