using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Relations;
using Matchmaking.Grains.Tests.Infrastructure;
using static Matchmaking.Grains.Tests.Suggestions.SmallEcosystem;

namespace Matchmaking.Grains.Tests.Suggestions;

/// <summary>Declines hide for good; acceptances and imports become collaborations that feed the engine's graph.</summary>
public sealed class FeedbackGrainTests : IAsyncLifetime
{
    private readonly GrainHost host = new();

    private FeedbackDesk Desk => host.Get<FeedbackDesk>();

    public async Task InitializeAsync()
    {
        await host.StartAsync();
        await WriteAsync(host.Grains);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_declined_actor_is_never_suggested_again_even_after_a_restart()
    {
        Assert.Contains(Rossi.Id, await SuggestedAsync(Valvole, new SuggestionRequest([ActorKind.Researcher])));

        var record = await Desk.SendAsync(Valvole, new Feedback(Rossi, FeedbackDecision.Decline, "  già sentita  "));

        Assert.Equal("già sentita", record.Reason);
        Assert.DoesNotContain(Rossi.Id, await SuggestedAsync(Valvole, new SuggestionRequest([ActorKind.Researcher])));
        Assert.Contains(Valvole.Id, await SuggestedAsync(Rossi, new SuggestionRequest([ActorKind.Company]))); // one-sided
        await RestartAsync();
        Assert.DoesNotContain(Rossi.Id, await SuggestedAsync(Valvole, new SuggestionRequest([ActorKind.Researcher])));
        Assert.Equal([Rossi], (await host.Grains.Actor(Valvole).GetRelationsAsync())!.Declined.Select(d => d.Actor));
    }

    [Fact]
    public async Task An_acceptance_is_a_collaboration_on_both_sides_that_survives_reactivation()
    {
        await Desk.SendAsync(Valvole, new Feedback(Sensori, FeedbackDecision.Accept));

        await RestartAsync();
        var mine = (await host.Grains.Actor(Valvole).GetRelationsAsync())!;
        var theirs = (await host.Grains.Actor(Sensori).GetRelationsAsync())!;
        Assert.Equal([new Collaboration(Sensori, 1, CollaborationSources.Accepted)], mine.Collaborations);
        Assert.Equal([new Collaboration(Valvole, 1, CollaborationSources.AcceptedByPartner)], theirs.Collaborations);
        var newOnly = new SuggestionRequest([], NewPartnersOnly: true);
        Assert.DoesNotContain(Sensori.Id, await SuggestedAsync(Valvole, newOnly));
        Assert.DoesNotContain(Valvole.Id, await SuggestedAsync(Sensori, newOnly));
        Assert.Contains(Sensori.Id, await SuggestedAsync(Valvole, SuggestionRequest.Default));
    }

    [Fact]
    public async Task Accepting_after_declining_lifts_the_decline_and_repeating_changes_nothing()
    {
        await Desk.SendAsync(Valvole, new Feedback(Rossi, FeedbackDecision.Decline));
        await Desk.SendAsync(Valvole, new Feedback(Rossi, FeedbackDecision.Accept));
        await Desk.SendAsync(Valvole, new Feedback(Rossi, FeedbackDecision.Accept));

        var relations = (await host.Grains.Actor(Valvole).GetRelationsAsync())!;
        Assert.Empty(relations.Declined);
        Assert.Single(relations.Collaborations);
        Assert.Single((await host.Grains.Actor(Rossi).GetRelationsAsync())!.Collaborations);
        Assert.Contains(Rossi.Id, await SuggestedAsync(Valvole, new SuggestionRequest([ActorKind.Researcher])));
    }

    [Fact]
    public async Task Two_actors_accepting_each_other_at_once_do_not_deadlock()
    {
        var both = Task.WhenAll(
            Desk.SendAsync(Rossi, new Feedback(Bianchi, FeedbackDecision.Accept)),
            Desk.SendAsync(Bianchi, new Feedback(Rossi, FeedbackDecision.Accept)));

        await both.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, (await host.Grains.Actor(Rossi).GetRelationsAsync())!.Collaborations.Count);
    }

    [Fact]
    public async Task Feedback_on_oneself_is_invalid_and_on_an_unknown_actor_is_not_found()
    {
        var self = await Assert.ThrowsAsync<ValidationFailedException>(() => Desk.SendAsync(Valvole, new Feedback(Valvole, FeedbackDecision.Accept)));
        var target = await Assert.ThrowsAsync<ActorNotFoundException>(() => Desk.SendAsync(Valvole, new Feedback(new ActorRef(ActorKind.Startup, "nessuna"), FeedbackDecision.Accept)));
        var asker = await Assert.ThrowsAsync<ActorNotFoundException>(() => Desk.SendAsync(new ActorRef(ActorKind.Company, "nessuna"), new Feedback(Rossi, FeedbackDecision.Decline)));

        Assert.True(self.Errors.ContainsKey("target"));
        Assert.Equal(new ActorRef(ActorKind.Startup, "nessuna"), target.Actor);
        Assert.Contains("startup 'nessuna'", target.Message, StringComparison.Ordinal);
        Assert.Equal(new ActorRef(ActorKind.Company, "nessuna"), asker.Actor);
        Assert.Empty((await host.Grains.Actor(Valvole).GetRelationsAsync())!.Collaborations);
    }

    [Fact]
    public async Task Imported_collaborations_may_name_actors_not_yet_there_and_feed_the_graph()
    {
        var grain = host.Grains.GetGrain<ICompanyGrain>(Formaggi.Id);
        var profile = (await grain.GetAsync())!.Profile;
        await grain.UpsertAsync(profile with { Collaborations = [Bianchi, new ActorRef(ActorKind.Startup, "arriva-dopo"), Bianchi] });

        var stored = (await grain.GetAsync())!.Profile;
        Assert.Equal([Bianchi, new ActorRef(ActorKind.Startup, "arriva-dopo")], stored.Collaborations);
        Assert.DoesNotContain(Bianchi.Id, await SuggestedAsync(Formaggi, new SuggestionRequest([], NewPartnersOnly: true)));
        Assert.Contains(new Collaboration(Bianchi, 1, CollaborationSources.Imported), (await grain.GetRelationsAsync())!.Collaborations);
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            grain.UpsertAsync(profile with { Collaborations = [Formaggi, new ActorRef(ActorKind.Company, "Not A Slug")] }));
        Assert.Equal(["collaborations[0]", "collaborations[1].id"], invalid.Errors.Keys.Order());
    }

    [Fact]
    public async Task Deleting_an_actor_forgets_its_feedback()
    {
        await Desk.SendAsync(Valvole, new Feedback(Rossi, FeedbackDecision.Decline));
        var grain = host.Grains.GetGrain<ICompanyGrain>(Valvole.Id);
        var profile = (await grain.GetAsync())!.Profile;

        Assert.True(await grain.DeleteAsync());
        await grain.UpsertAsync(profile);

        Assert.Empty((await grain.GetRelationsAsync())!.Declined);
        Assert.Contains(Rossi.Id, await SuggestedAsync(Valvole, new SuggestionRequest([ActorKind.Researcher])));
    }

    private async Task<List<string>> SuggestedAsync(ActorRef asker, SuggestionRequest request) =>
        [.. (await host.Grains.Actor(asker).GetSuggestionsAsync(request))!.Select(i => i.Id)];

    private async Task RestartAsync()
    {
        await host.RestartAsync();
    }
}
