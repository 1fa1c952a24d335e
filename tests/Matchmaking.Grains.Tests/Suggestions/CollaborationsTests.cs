using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Relations;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Matching.Index;
using Matchmaking.Matching.Scoring;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Tests.Suggestions;

/// <summary>The engine's list of who worked with whom, as the dashboard draws it.</summary>
public sealed class CollaborationsTests
{
    private static readonly ActorRef Valves = new(ActorKind.Company, "valves");
    private static readonly ActorRef Sensors = new(ActorKind.Startup, "sensors");
    private static readonly ActorRef Rossi = new(ActorKind.Researcher, "rossi");

    [Fact]
    public void A_collaboration_declared_on_both_sides_is_one_pair_with_the_larger_count_and_an_unknown_partner_is_left_out()
    {
        var matchmaker = NewMatchmaker();
        matchmaker.Upsert(ActorKind.Company, Valves.Id, Profile<CompanyProfile>("Valves", [Sensors, new ActorRef(ActorKind.Startup, "not-imported-yet")]), DateTimeOffset.UtcNow, null);
        var accepted = new RelationsState().Accepting(Valves).Accepting(Rossi);
        accepted.Collaborations[0] = accepted.Collaborations[0] with { Count = 3 };
        matchmaker.Upsert(ActorKind.Startup, Sensors.Id, Profile<StartupProfile>("Sensors", null), DateTimeOffset.UtcNow, accepted);
        matchmaker.Upsert(ActorKind.Researcher, Rossi.Id, Profile<ResearcherProfile>("Rossi", null), DateTimeOffset.UtcNow, null);

        Assert.Equal(
            [new CollaborationEdge(Valves, Sensors, 3), new CollaborationEdge(Rossi, Sensors, 1)],
            matchmaker.Collaborations());

        matchmaker.Remove(ActorKind.Researcher, Rossi.Id);
        Assert.Equal([new CollaborationEdge(Valves, Sensors, 3)], matchmaker.Collaborations());
    }

    [Fact]
    public void An_ecosystem_without_collaborations_has_none()
    {
        var matchmaker = NewMatchmaker();
        matchmaker.Upsert(ActorKind.Company, Valves.Id, Profile<CompanyProfile>("Valves", null), DateTimeOffset.UtcNow, null);
        Assert.Empty(matchmaker.Collaborations());
    }

    private static Matchmaker NewMatchmaker()
    {
        var taxonomy = ThemeTaxonomy.Default;
        return new Matchmaker(new MatchIndex(taxonomy), new SuggestionRules(taxonomy, new ActorDirectory(taxonomy)), TimeProvider.System, ProfileAging.Default);
    }

    private static T Profile<T>(string name, IReadOnlyList<ActorRef>? collaborations)
        where T : ActorProfile, new() => new T { Name = name, Themes = ["iot"], Collaborations = collaborations };
}
