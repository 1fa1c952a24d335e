using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Calls;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Proposals;
using Matchmaking.Grains.ReadModels;
using Matchmaking.Grains.Relations;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Grains.Tests.Calls;
using Matchmaking.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.TestingHost;
using static Matchmaking.Grains.Tests.Suggestions.SmallEcosystem;

namespace Matchmaking.Grains.Tests.Cluster;

/// <summary>
/// A silo joining a running cluster loads the whole ecosystem from storage before it joins: its read models hold
/// every actor, relation, call and proposal written before, the moment it serves; then it follows the others.
/// </summary>
public sealed class LateSiloTests : ClusterTestsBase
{
    private const int Researchers = 30;

    public override Task InitializeAsync() => Cluster.With<LoadingProbe>().StartAsync();

    [Fact]
    public async Task A_silo_started_later_holds_every_actor_relation_call_and_proposal_before_it_joins()
    {
        await First.HereAsync(WriteAsync);
        await Task.WhenAll(Enumerable.Range(0, Researchers).Select(i => (i % 2 == 0 ? First : Second).HereAsync(grains =>
            grains.GetGrain<IResearcherGrain>($"ricercatore-{i:00}").UpsertAsync(new ResearcherProfile
            {
                Name = $"Ricercatore {i:00}",
                Offers = [i % 3 == 0 ? "manutenzione predittiva" : "visione artificiale"],
                Location = new Location("Brescia", "BS", "Lombardia", "IT"),
            }))));
        var gone = Second.Grains.GetGrain<IStartupGrain>("chiusa");
        await Second.HereAsync(async _ =>
        {
            await gone.UpsertAsync(new StartupProfile { Name = "Chiusa" });
            Assert.True(await gone.DeleteAsync());
        });
        await First.Get<FeedbackDesk>().SendAsync(Valvole, new Feedback(Sensori, FeedbackDecision.Accept));
        await First.Get<FeedbackDesk>().SendAsync(Valvole, new Feedback(Bianchi, FeedbackDecision.Decline));
        await Second.HereAsync(async grains =>
        {
            await grains.GetGrain<ICallGrain>("bando-pm").UpsertAsync(DemoLikeCalls.Open("predictive-maintenance"));
            await grains.GetGrain<ICallGrain>("bando-ai").UpsertAsync(DemoLikeCalls.Open("ai"));
            await grains.GetGrain<ICallGrain>("bando-ritirato").UpsertAsync(DemoLikeCalls.Open("cloud"));
            Assert.True(await grains.GetGrain<ICallGrain>("bando-ritirato").DeleteAsync());
            await grains.GetGrain<IProposalGrain>("p-prima").CreateAsync(Draft());
            await grains.GetGrain<IProposalGrain>("p-prima").SubmitAsync();
            await grains.GetGrain<IProposalGrain>("p-prima").DecideAsync(new ProposalDecision(Rossi, FeedbackDecision.Decline));
        });
        const int Actors = 5 + Researchers;
        foreach (var silo in new[] { First, Second })
        {
            await Eventually.WithinAsync(Eventually.OtherSilo, $"everything in the read models of {silo}", () =>
                silo.Get<ActorDirectory>().Count == Actors && silo.Get<CallBoard>().Count == 2 && silo.Get<ProposalBoard>().Count == 1 &&
                silo.Get<Matchmaker>().Profile(Sensori)?.Partners.Count == 1);
        }

        var late = await Cluster.StartSiloAsync();

        // Loaded before it joined, and nothing to wait for once it has.
        var probe = late.Get<LoadingProbe.Record>();
        Assert.NotNull(probe.LoadedWhenJoining);
        Assert.Equal(Actors, probe.ActorsWhenJoining);
        Assert.Equal(Json(First.Get<ActorDirectory>().All()), Json(late.Get<ActorDirectory>().All()));
        Assert.Equal(Actors, late.Get<Matchmaker>().Count);
        Assert.False(late.Get<ActorDirectory>().Contains(new ActorRef(ActorKind.Startup, "chiusa")));
        Assert.Equal(["startup/sensori"], late.Get<Matchmaker>().Profile(Valvole)!.Partners.Keys);
        Assert.Equal(["company/valvole"], late.Get<Matchmaker>().Profile(Sensori)!.Partners.Keys);
        Assert.Equal(Json(First.Get<CallBoard>().All()), Json(late.Get<CallBoard>().All()));
        Assert.Equal(Json(First.Get<ProposalBoard>().ForMember(Valvole)), Json(late.Get<ProposalBoard>().ForMember(Valvole)));
        Assert.Equal(First.Get<ProposalBoard>().DeclinedPairs(), late.Get<ProposalBoard>().DeclinedPairs());
        var request = new SuggestionRequest([ActorKind.Researcher], Top: 50);
        Assert.Equal(Ranked(First.Get<Matchmaker>().SuggestFor(Valvole, request, [Bianchi])), Ranked(late.Get<Matchmaker>().SuggestFor(Valvole, request, [Bianchi])));

        // Grains placed on it answer for the whole ecosystem at once.
        var officina = new ActorRef(ActorKind.Company, "officina");
        var suggested = await late.HereAsync(async grains =>
        {
            await grains.GetGrain<ICompanyGrain>(officina.Id).UpsertAsync(new CompanyProfile { Name = "Officina", Needs = ["manutenzione predittiva"] });
            return (await grains.Actor(officina).GetSuggestionsAsync(new SuggestionRequest([ActorKind.Researcher], Top: 50)))!;
        });
        var theme = late.Grains.GetGrain<IThemeGrain>("predictive-maintenance");
        var summary = (await late.HereAsync(_ => theme.GetSummaryAsync()))!;
        AssertActiveOn(late, officina);
        Assert.Equal(late.Address, Cluster.Hosting(theme)?.Address);
        Assert.Contains(Rossi.Id, suggested.Select(i => i.Id));
        Assert.Contains("ricercatore-00", suggested.Select(i => i.Id));
        Assert.Equal(First.Get<ActorDirectory>().Offerers("predictive-maintenance").Count, summary.Offerers);

        // And it follows the others from then on.
        await Second.Grains.GetGrain<IResearcherGrain>("ricercatore-01").DeleteAsync();
        await Eventually.WithinAsync(Eventually.OtherSilo, "a later deletion on the late silo", () => late.Get<ActorDirectory>().Count == Actors);
        Assert.False(late.Get<Matchmaker>().Contains(new ActorRef(ActorKind.Researcher, "ricercatore-01")));
    }

    [Fact]
    public async Task Writes_made_while_a_silo_starts_all_reach_it()
    {
        using var stop = new CancellationTokenSource();
        var written = new System.Collections.Concurrent.ConcurrentBag<string>();
        var writers = new[] { First, Second }.Select((silo, w) => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var id = $"startup-{w}-{i:000}";
                await silo.Grains.GetGrain<IStartupGrain>(id).UpsertAsync(new StartupProfile { Name = $"Startup {w} {i}" });
                written.Add(id);
                await Task.Delay(5);
            }
        })).ToList();

        await Task.Delay(300);
        var late = await Cluster.StartSiloAsync();
        await Task.Delay(300);
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.NotEmpty(written);
        await Eventually.WithinAsync(Eventually.OtherSilo, $"all {written.Count} acknowledged writes on the late silo", () =>
            late.Get<ActorDirectory>().Count == written.Count && late.Get<Matchmaker>().Count == written.Count);
        Assert.Equal(written.Order(StringComparer.Ordinal), late.Get<ActorDirectory>().All().Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.True(late.Get<ReplicaLoading>().LoadedAt is not null);
    }

    [Fact]
    public async Task Equal_scores_rank_alike_on_a_silo_started_later()
    {
        // Five researchers the engine cannot tell apart, written in the reverse of their keys' order.
        await First.Grains.GetGrain<ICompanyGrain>(Valvole.Id).UpsertAsync(new CompanyProfile { Name = "Valvole", Needs = ["visione artificiale"] });
        foreach (var i in Enumerable.Range(0, 5).Reverse())
        {
            await First.Grains.GetGrain<IResearcherGrain>($"gemello-{i}").UpsertAsync(new ResearcherProfile { Name = "Gemello", Offers = ["visione artificiale"] });
        }

        var late = await Cluster.StartSiloAsync();

        var request = new SuggestionRequest([ActorKind.Researcher], Top: 2);
        var onFirst = First.Get<Matchmaker>().SuggestFor(Valvole, request, []);
        var onLate = late.Get<Matchmaker>().SuggestFor(Valvole, request, []);
        Assert.Equal(2, onFirst.Count);
        Assert.Equal(onFirst[0].Score, onFirst[1].Score);

        // The same asker, the same data: the same answer, whichever silo holds the asker's grain.
        Assert.Equal(onFirst.Select(i => i.Id), onLate.Select(i => i.Id));
    }

    // Suggestions by score, then id: what two silos must agree on whatever order they indexed equal actors in.
    private static string Ranked(IReadOnlyList<SuggestionItem> items) =>
        Json(items.OrderByDescending(i => i.Score).ThenBy(i => i.Id, StringComparer.Ordinal).ToList());

    private static Proposal Draft() => new()
    {
        Coach = "tutor",
        Score = 0.5,
        Members =
        [
            new ProposalMember(Valvole.Kind, Valvole.Id, "Valvole Lumezzane", "company"),
            new ProposalMember(Rossi.Kind, Rossi.Id, "Prof. Anna Rossi", "research"),
        ],
        Themes = ["predictive-maintenance"],
        Draft = new ProposalDraft("Titolo", "Title", "Obiettivo", "Objective", ProposalDraft.EngineSource),
    };

    /// <summary>Notes, as the silo becomes active in the cluster, whether its read models were loaded and how many actors they held.</summary>
    private sealed class LoadingProbe : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddSingleton<Record>();
            siloBuilder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<Record>());
        }

        public sealed class Record(ReplicaLoading loading, ActorDirectory directory) : ILifecycleParticipant<ISiloLifecycle>
        {
            public DateTimeOffset? LoadedWhenJoining { get; private set; }

            public int ActorsWhenJoining { get; private set; }

            public void Participate(ISiloLifecycle lifecycle) =>
                lifecycle.Subscribe<Record>(ServiceLifecycleStage.BecomeActive - 1, _ =>
                {
                    LoadedWhenJoining = loading.LoadedAt;
                    ActorsWhenJoining = directory.Count;
                    return Task.CompletedTask;
                });
        }
    }
}
