using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Grains.Drafting;
using Matchmaking.Grains.Proposals;
using Matchmaking.Grains.Tests.Drafting;
using Matchmaking.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Matchmaking.Grains.Tests.Suggestions.SmallEcosystem;

namespace Matchmaking.Grains.Tests.Coaches;

/// <summary>
/// A brief waiting for the chat model (a local OpenAI-compatible server that answers only when the test releases it)
/// does not hold its coach grain: the same coach answers its portfolio and other briefs meanwhile, and the proposals
/// are stored whole once the model has answered, failed or run out of time. The one thing faked is the model.
/// </summary>
public sealed class CoachDraftingTests : IAsyncLifetime
{
    private const string Awaited =
        """{"titleIt":"Titolo atteso","titleEn":"Awaited title","objectiveIt":"Obiettivo atteso.","objectiveEn":"Awaited objective."}""";

    private static readonly ProjectBrief Maintenance = new() { Themes = ["predictive-maintenance"], Top = 1 };

    private FakeChatServer server = null!;

    public async Task InitializeAsync() => server = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task While_a_brief_waits_for_the_model_the_same_coach_answers_its_portfolio_and_other_briefs()
    {
        await using var host = await StartAsync(); // the drafting timeout as configured by default (20 s)
        var coach = host.Grains.GetGrain<ICoachGrain>("tutor");
        var earlier = Assert.Single(await coach.ProposeAsync(Maintenance));
        var hold = server.HoldNext(Awaited);

        var waiting = coach.ProposeAsync(Maintenance);
        Assert.Same(hold.Arrived, await Task.WhenAny(hold.Arrived, waiting)); // formed; the model answers only on Release

        var portfolio = coach.GetPortfolioAsync();
        Assert.Same(portfolio, await Task.WhenAny(portfolio, waiting));
        Assert.Equal([earlier.Id], (await portfolio).Select(p => p.Id)); // nothing of the waiting brief is stored yet
        var refused = coach.ProposeAsync(new ProjectBrief());
        Assert.Same(refused, await Task.WhenAny(refused, waiting));
        await Assert.ThrowsAsync<ValidationFailedException>(() => refused);
        var second = coach.ProposeAsync(new ProjectBrief { Need = "manutenzione predittiva per presse", Top = 1 });
        Assert.Same(second, await Task.WhenAny(second, waiting));
        var other = Assert.Single(await second);
        Assert.Equal("Titolo riscritto", other.Draft.TitleIt); // its own model call was answered at once
        Assert.Equal([other.Id, earlier.Id], (await coach.GetPortfolioAsync()).Select(p => p.Id));
        Assert.False(waiting.IsCompleted);

        hold.Release();
        var late = Assert.Single(await waiting);

        Assert.Equal(new ProposalDraft("Titolo atteso", "Awaited title", "Obiettivo atteso.", "Awaited objective.", ProposalDraft.ModelSource), late.Draft);
        Assert.Equal("tutor", late.Coach);
        Assert.Equal([late.Id, other.Id, earlier.Id], (await coach.GetPortfolioAsync()).Select(p => p.Id));
        Assert.Equal(late.Draft, (await host.Grains.GetGrain<IProposalGrain>(late.Id).GetAsync())?.Draft);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Briefs_waiting_for_the_model_together_are_all_stored_and_survive_a_restart()
    {
        await using var host = await StartAsync();
        var coach = host.Grains.GetGrain<ICoachGrain>("tutor");
        var holds = Enumerable.Range(0, 4).Select(_ => server.HoldNext()).ToList();

        var briefs = Enumerable.Range(0, 4).Select(_ => coach.ProposeAsync(Maintenance)).ToList();
        var allWaiting = Task.WhenAll(holds.Select(h => h.Arrived));

        // All four wait for the model at the same time (were the coach's turn held, the first would have to time out
        // before the second reached the model).
        Assert.Same(allWaiting, await Task.WhenAny(allWaiting, Task.WhenAny(briefs)));
        Assert.DoesNotContain(briefs, b => b.IsCompleted);
        Assert.Empty(await coach.GetPortfolioAsync());
        holds.ForEach(h => h.Release());
        var formed = (await Task.WhenAll(briefs)).Select(Assert.Single).ToList();

        Assert.All(formed, p => Assert.Equal("Titolo riscritto", p.Draft.TitleIt));
        var portfolio = (await coach.GetPortfolioAsync()).Select(p => p.Id).ToList();
        Assert.Equal(formed.Select(p => p.Id).Order(StringComparer.Ordinal), portfolio.Order(StringComparer.Ordinal));
        Assert.Equal(4, portfolio.Distinct().Count());

        await host.RestartAsync();

        Assert.Equal(portfolio, (await host.Grains.GetGrain<ICoachGrain>("tutor").GetPortfolioAsync()).Select(p => p.Id));
    }

    [Fact]
    public async Task A_model_that_does_not_answer_in_time_leaves_whole_proposals_with_the_engines_draft()
    {
        await using var host = await StartAsync(timeout: TimeSpan.FromSeconds(1));
        var coach = host.Grains.GetGrain<ICoachGrain>("tutor");
        var hold = server.HoldNext(Awaited); // never released while the brief waits

        var kept = Assert.Single(await coach.ProposeAsync(Maintenance));

        Assert.True(hold.Arrived.IsCompleted);
        Assert.False(hold.IsReleased);
        Assert.Equal(ProposalDraft.EngineSource, kept.Draft.Source);
        Assert.NotEqual("Titolo atteso", kept.Draft.TitleIt);
        Assert.Equal(kept.Draft, (await host.Grains.GetGrain<IProposalGrain>(kept.Id).GetAsync())?.Draft);
        Assert.Equal([kept.Id], (await coach.GetPortfolioAsync()).Select(p => p.Id));
    }

    [Fact]
    public async Task A_failing_model_leaves_whole_proposals_with_the_engines_draft_and_nothing_else()
    {
        await using var host = await StartAsync();
        var coach = host.Grains.GetGrain<ICoachGrain>("tutor");
        server.FailWith = 500;

        var formed = await coach.ProposeAsync(Maintenance with { Top = 3 });

        Assert.NotEmpty(formed);
        Assert.Equal(formed.Count, server.Requests.Count); // one rewrite asked for each proposal, none retried
        Assert.All(formed, p => Assert.Equal(ProposalDraft.EngineSource, p.Draft.Source));
        Assert.Equal(formed.Select(p => p.Id), (await coach.GetPortfolioAsync()).Select(p => p.Id));
        foreach (var proposal in formed)
        {
            var stored = await host.Grains.GetGrain<IProposalGrain>(proposal.Id).GetAsync();
            Assert.Equal(proposal.Draft, stored?.Draft);
            Assert.Equal(proposal.Members, stored?.Members);
            Assert.Equal("tutor", stored?.Coach);
        }

        Assert.Equal(formed.Count, host.Get<ProposalBoard>().Count);
    }

    private async Task<GrainHost> StartAsync(TimeSpan? timeout = null)
    {
        var options = new DraftingOptions { Endpoint = server.BaseAddress.ToString(), Model = "test-model" };
        if (timeout is { } given)
        {
            options.Timeout = given;
        }

        var host = new GrainHost(services => services.AddProjectDrafting(options));
        try
        {
            await host.StartAsync();
            await WriteAsync(host.Grains);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }
}
