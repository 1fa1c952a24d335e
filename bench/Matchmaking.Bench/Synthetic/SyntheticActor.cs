using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Matching.Profiles;

namespace Matchmaking.Bench.Synthetic;

/// <summary>
/// One synthetic actor: its profile as the API stores it, plus what the engine also knows of an actor
/// (past partners, track record, last update), which profiles do not carry.
/// </summary>
public sealed record SyntheticActor(
    ActorKind Kind,
    string Id,
    ActorProfile Profile,
    IReadOnlyDictionary<string, int> Partners,
    int PastProjects,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The engine's key: <c>{kind}/{id}</c>, e.g. <c>company/company-12</c>.</summary>
    public string Key => KeyOf(Kind, Id);

    public static string KeyOf(ActorKind kind, string id) => MatchKeys.Of(kind, id);

    /// <summary>The profile as the grains hand it to the engine (the product's own mapping), with the synthetic history.</summary>
    public MatchProfile ToMatchProfile() =>
        MatchProfiles.From(Kind, Id, Profile, UpdatedAt, relations: null) with { Partners = Partners, PastProjects = PastProjects };
}
