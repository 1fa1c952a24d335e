using Matchmaking.Abstractions.Profiles;
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

    public static string KeyOf(ActorKind kind, string id) => $"{kind.Name()}/{id}";

    /// <summary>The profile as the grains hand it to the engine.</summary>
    public MatchProfile ToMatchProfile() => new()
    {
        Key = Key,
        Type = Kind switch
        {
            ActorKind.Company => ActorType.Company,
            ActorKind.Startup => ActorType.Startup,
            _ => ActorType.Researcher,
        },
        Name = Profile.Name,
        Description = Profile.Description,
        Themes = Profile.Themes,
        Offers = Profile.Offers,
        Needs = Profile.Needs,
        Keywords = Profile switch
        {
            ResearcherProfile researcher => researcher.Keywords,
            StartupProfile { Technology: { } technology } => [technology],
            _ => [],
        },
        Place = new Place(Profile.Location.Municipality, Profile.Location.Province, Profile.Location.Region, Profile.Location.Country),
        Stage = (Profile as StartupProfile)?.Stage,
        Employees = Profile switch
        {
            CompanyProfile company => company.Employees,
            StartupProfile startup => startup.TeamSize,
            _ => null,
        },
        Partners = Partners,
        PastProjects = PastProjects,
        UpdatedAt = UpdatedAt,
    };
}
