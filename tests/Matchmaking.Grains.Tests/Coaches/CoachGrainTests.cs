using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Grains.Relations;
using Matchmaking.Grains.Tests.Infrastructure;
using static Matchmaking.Grains.Tests.Suggestions.SmallEcosystem;

namespace Matchmaking.Grains.Tests.Coaches;

/// <summary>A coach's brief becomes draft proposals in its portfolio; declined pairs are never proposed again.</summary>
public sealed class CoachGrainTests : IAsyncLifetime
{
    private readonly GrainHost host = new();

    private ICoachGrain Coach => host.Grains.GetGrain<ICoachGrain>("csmt-tutor");

    public async Task InitializeAsync()
    {
        await host.StartAsync();
        await WriteAsync(host.Grains);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_brief_becomes_draft_proposals_in_the_portfolio()
    {
        var proposals = await Coach.ProposeAsync(new ProjectBrief { Themes = ["predictive-maintenance"], Top = 2, Lang = "en" });

        Assert.NotEmpty(proposals);
        Assert.All(proposals, p =>
        {
            Assert.Equal(ProposalStatus.Draft, p.Status);
            Assert.Equal("csmt-tutor", p.Coach);
            Assert.StartsWith("p-", p.Id, StringComparison.Ordinal);
            Assert.Contains(p.Members, m => m.Role == "company");
            Assert.Contains(p.Members, m => m.Role == "research");
            Assert.NotEmpty(p.Reasons);
            Assert.Equal(p.Draft.TitleEn, p.Title);
            Assert.NotEqual("", p.Draft.TitleIt);
            Assert.Equal(ProposalDraft.EngineSource, p.Draft.Source);
        });
        var portfolio = await Coach.GetPortfolioAsync();
        Assert.Equal(proposals.Select(p => p.Id), portfolio.Select(p => p.Id));

        var more = await Coach.ProposeAsync(new ProjectBrief { Need = "manutenzione predittiva per presse", Top = 1 });
        Assert.Equal("it", Assert.Single(more).Lang);
        Assert.Equal(more[0].Id, (await Coach.GetPortfolioAsync())[0].Id);
    }

    [Fact]
    public async Task A_pair_a_member_declined_in_a_proposal_is_not_proposed_again()
    {
        var brief = new ProjectBrief { Anchor = Valvole, Themes = ["predictive-maintenance"], Top = 5 };
        var first = (await Coach.ProposeAsync(brief))[0];
        var partner = first.Members.First(m => m.Actor != Valvole).Actor;
        var proposal = host.Grains.GetGrain<IProposalGrain>(first.Id);
        await proposal.SubmitAsync();
        await proposal.DecideAsync(new ProposalDecision(Valvole, FeedbackDecision.Decline, "già provato"));

        var again = await Coach.ProposeAsync(brief);

        Assert.DoesNotContain(again, p => p.Names(Valvole) && p.Names(partner));
    }

    [Fact]
    public async Task A_pair_declined_as_feedback_is_not_proposed_together()
    {
        var brief = new ProjectBrief { Anchor = Valvole, Themes = ["predictive-maintenance"], Top = 5 };
        var before = await Coach.ProposeAsync(brief);
        var partner = before[0].Members.First(m => m.Actor != Valvole).Actor;
        await host.Get<FeedbackDesk>().SendAsync(partner, new Feedback(Valvole, FeedbackDecision.Decline));

        var after = await Coach.ProposeAsync(brief);

        Assert.DoesNotContain(after, p => p.Names(Valvole) && p.Names(partner));
    }

    [Fact]
    public async Task Bad_briefs_are_refused_naming_each_problem_and_store_nothing()
    {
        var empty = await Assert.ThrowsAsync<ValidationFailedException>(() => Coach.ProposeAsync(new ProjectBrief()));
        var unknown = await Assert.ThrowsAsync<ValidationFailedException>(() => Coach.ProposeAsync(new ProjectBrief
        {
            Themes = ["teleportation"],
            Anchor = new ActorRef(ActorKind.Company, "nessuna"),
            Include = [new ActorRef(ActorKind.Startup, "fantasma")],
            Required = ["company", "wizard"],
            Lang = "fr",
        }));
        var contradictory = await Assert.ThrowsAsync<ValidationFailedException>(() => Coach.ProposeAsync(new ProjectBrief
        {
            Themes = ["ai"],
            Required = ["company", "research", "startup"],
            ExcludedRoles = ["startup"],
            MaxTeamSize = 2,
        }));

        Assert.Single(empty.Errors);
        Assert.Equal(["anchor", "include[0]", "lang", "required", "themes[0]"], unknown.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("nessuna", unknown.Errors["anchor"][0], StringComparison.Ordinal);
        Assert.Contains("wizard", unknown.Errors["required"][0], StringComparison.Ordinal);
        Assert.Contains("startup", contradictory.Errors["excludedRoles"][0], StringComparison.Ordinal);
        Assert.Contains("3 required roles", contradictory.Errors["maxTeamSize"][0], StringComparison.Ordinal);
        Assert.Empty(await Coach.GetPortfolioAsync());
    }
}
