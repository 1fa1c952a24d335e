using Matchmaking.Abstractions.Profiles;
using Matchmaking.Matching.Profiles;

namespace Matchmaking.Grains.Suggestions;

/// <summary>How actors are named in the engine's index: <c>company/acme</c>, and their kinds as engine types.</summary>
public static class MatchKeys
{
    public static string Of(ActorRef actor) => $"{actor.Kind.Name()}/{actor.Id}";

    public static string Of(ActorKind kind, string id) => $"{kind.Name()}/{id}";

    public static bool TryParse(string key, out ActorRef actor)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && ActorKinds.TryParse(key[..slash], out var kind) && ActorIds.IsValid(key[(slash + 1)..]))
        {
            actor = new ActorRef(kind, key[(slash + 1)..]);
            return true;
        }

        actor = null!;
        return false;
    }

    public static ActorType TypeOf(ActorKind kind) => kind switch
    {
        ActorKind.Company => ActorType.Company,
        ActorKind.Startup => ActorType.Startup,
        ActorKind.Researcher => ActorType.Researcher,
        _ => ActorType.Other,
    };
}
