using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Proposals;
using Matchmaking.Grains.Tests.Infrastructure;
using static Matchmaking.Grains.Tests.Suggestions.SmallEcosystem;

namespace Matchmaking.Grains.Tests.Proposals;

/// <summary>draft → proposed → accepted/declined by each member → started or dropped; out of order is a conflict.</summary>
public sealed class ProposalLifecycleTests : IAsyncLifetime
{
    private readonly GrainHost host = new();

    public async Task InitializeAsync()
    {
        await host.StartAsync();
        await WriteAsync(host.Grains);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Transitions_out_of_order_are_conflicts_and_change_nothing()
    {
        var grain = await CreateAsync("p-ordine");

        await Assert.ThrowsAsync<StateConflictException>(() => grain.DecideAsync(new ProposalDecision(Valvole, FeedbackDecision.Accept)));
        await Assert.ThrowsAsync<StateConflictException>(() => grain.StartAsync());
        await Assert.ThrowsAsync<StateConflictException>(() => grain.CreateAsync(Draft()));
        await grain.SubmitAsync();
        var early = await Assert.ThrowsAsync<StateConflictException>(() => grain.StartAsync());
        await grain.DecideAsync(new ProposalDecision(Valvole, FeedbackDecision.Decline, "non ora"));
        await Assert.ThrowsAsync<StateConflictException>(() => grain.DecideAsync(new ProposalDecision(Valvole, FeedbackDecision.Accept)));
        await Assert.ThrowsAsync<StateConflictException>(() => grain.DecideAsync(new ProposalDecision(Rossi, FeedbackDecision.Accept)));
        await Assert.ThrowsAsync<StateConflictException>(() => grain.SubmitAsync());
        await Assert.ThrowsAsync<StateConflictException>(() => grain.StartAsync());

        Assert.Contains("proposed", early.Message, StringComparison.Ordinal);
        var proposal = (await grain.GetAsync())!;
        Assert.Equal(ProposalStatus.Declined, proposal.Status);
        Assert.Equal(["created", "proposed", "declined"], proposal.History.Select(h => h.Action));
        Assert.Equal("non ora", proposal.History[^1].Reason);
        Assert.Equal(Valvole, proposal.History[^1].By);
        var dropped = await grain.DropAsync("  il partner ha rinunciato ");
        Assert.Equal(ProposalStatus.Dropped, dropped.Status);
        Assert.Equal("il partner ha rinunciato", dropped.History[^1].Reason);
        await Assert.ThrowsAsync<StateConflictException>(() => grain.DropAsync(null));
    }

    [Fact]
    public async Task A_member_the_proposal_does_not_name_is_forbidden()
    {
        var grain = await CreateAsync("p-estraneo");
        await grain.SubmitAsync();

        var forbidden = await Assert.ThrowsAsync<ForbiddenException>(() => grain.DecideAsync(new ProposalDecision(Formaggi, FeedbackDecision.Accept)));
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            grain.DecideAsync(new ProposalDecision(new ActorRef(ActorKind.Company, "Non Valido"), FeedbackDecision.Accept)));
        var unknown = await Assert.ThrowsAsync<NotFoundException>(() => host.Grains.GetGrain<IProposalGrain>("p-nessuna").SubmitAsync());

        Assert.Contains("company/formaggi", forbidden.Message, StringComparison.Ordinal);
        Assert.True(invalid.Errors.ContainsKey("member.id"));
        Assert.Contains("p-nessuna", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Proposed, (await grain.GetAsync())!.Status);
    }

    [Fact]
    public async Task Every_member_accepting_lets_it_start_and_the_team_becomes_collaborators()
    {
        var grain = await CreateAsync("p-avvio");
        await grain.SubmitAsync();
        var half = await grain.DecideAsync(new ProposalDecision(Valvole, FeedbackDecision.Accept));
        var again = await grain.DecideAsync(new ProposalDecision(Valvole, FeedbackDecision.Accept));
        await grain.DecideAsync(new ProposalDecision(Rossi, FeedbackDecision.Accept));
        await grain.DecideAsync(new ProposalDecision(Sensori, FeedbackDecision.Accept, "volentieri"));

        var started = await host.Get<ProposalDesk>().StartAsync("p-avvio");
        var restarted = await host.Get<ProposalDesk>().StartAsync("p-avvio");

        Assert.Equal(ProposalStatus.Proposed, half.Status);
        Assert.Equal(half, again);
        Assert.Equal(ProposalStatus.Started, started.Status);
        Assert.Equal(started, restarted);
        foreach (var member in new[] { Valvole, Rossi, Sensori })
        {
            var partners = (await host.Grains.Actor(member).GetRelationsAsync())!.Collaborations.Select(c => c.Partner).Distinct().ToList();
            Assert.Equal(2, partners.Count);
            Assert.DoesNotContain(member, partners);
        }
    }

    [Fact]
    public async Task Members_see_the_proposals_that_name_them_but_not_drafts_even_after_a_restart()
    {
        await CreateAsync("p-bozza");
        var sent = await CreateAsync("p-inviata");
        await sent.SubmitAsync();
        await sent.DecideAsync(new ProposalDecision(Rossi, FeedbackDecision.Decline));

        await host.RestartAsync();
        var board = host.Get<ProposalBoard>();

        Assert.Equal(2, board.Count);
        Assert.Equal(["p-inviata"], board.ForMember(Valvole).Select(p => p.Id));
        Assert.Empty(board.ForMember(Formaggi));
        Assert.Contains(("researcher/rossi", "company/valvole"), board.DeclinedPairs());
        Assert.Contains(("researcher/rossi", "startup/sensori"), board.DeclinedPairs());
        Assert.DoesNotContain(board.DeclinedPairs(), p => p.A == "company/valvole");
        Assert.NotNull(await host.Grains.GetGrain<IProposalGrain>("p-bozza").GetAsync());
    }

    private async Task<IProposalGrain> CreateAsync(string id)
    {
        var grain = host.Grains.GetGrain<IProposalGrain>(id);
        var created = await grain.CreateAsync(Draft());
        Assert.Equal(ProposalStatus.Draft, created.Status);
        Assert.Equal(id, created.Id);
        return grain;
    }

    private static Proposal Draft() => new()
    {
        Coach = "tutor",
        Score = 0.5,
        Members =
        [
            new ProposalMember(Valvole.Kind, Valvole.Id, "Valvole Lumezzane", "company"),
            new ProposalMember(Rossi.Kind, Rossi.Id, "Prof. Anna Rossi", "research"),
            new ProposalMember(Sensori.Kind, Sensori.Id, "Sensori Smart", "startup"),
        ],
        Themes = ["predictive-maintenance"],
        Draft = new ProposalDraft("Titolo", "Title", "Obiettivo", "Objective", ProposalDraft.EngineSource),
    };
}
