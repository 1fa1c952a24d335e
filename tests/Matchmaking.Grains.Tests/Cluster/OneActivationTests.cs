using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Relations;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Grains.Tests.Infrastructure;
using Matchmaking.Storage;
using Orleans.Runtime;

namespace Matchmaking.Grains.Tests.Cluster;

/// <summary>
/// A grain id is one activation in the whole cluster: callers entering through either silo meet the same state,
/// their writes are serialized by it, and none is lost; the read models of both silos end on the last write.
/// </summary>
public sealed class OneActivationTests : ClusterTestsBase
{
    private static readonly ActorRef Valvole = new(ActorKind.Company, "valvole");

    [Fact]
    public async Task Callers_through_both_silos_reach_one_activation_and_read_each_others_writes_at_once()
    {
        var throughFirst = First.Grains.GetGrain<ICompanyGrain>(Valvole.Id);
        var throughSecond = Second.Grains.GetGrain<ICompanyGrain>(Valvole.Id);

        var created = await throughFirst.UpsertAsync(new CompanyProfile { Name = "Valvole" });
        var seen = await throughSecond.GetAsync();
        var updated = await throughSecond.UpsertAsync(new CompanyProfile { Name = "Valvole Lumezzane" }, created.Stored.Version);
        var seenBack = await throughFirst.GetAsync();

        Assert.Equal(Json(created.Stored), Json(seen));
        Assert.Equal(WriteOutcome.Updated, updated.Outcome);
        Assert.Equal(Json(updated.Stored), Json(seenBack));
        var activations = await ActivationsAsync(throughFirst);
        Assert.Single(activations);
        Assert.Equal(Cluster.Hosting(throughFirst)!.Address, activations[0].SiloAddress);
    }

    [Fact]
    public async Task Concurrent_updates_through_both_silos_are_serialized_and_the_read_models_end_on_the_last()
    {
        const int Writes = 24;
        var first = First.Grains.GetGrain<ICompanyGrain>(Valvole.Id);
        await first.UpsertAsync(Profile(-1));

        var results = await Task.WhenAll(Enumerable.Range(0, Writes).Select(i =>
            (i % 2 == 0 ? First : Second).Grains.GetGrain<ICompanyGrain>(Valvole.Id).UpsertAsync(Profile(i))));

        // One activation, one write at a time: every write built on the one before, none conflicted.
        Assert.All(results, r => Assert.Equal(WriteOutcome.Updated, r.Outcome));
        Assert.Equal(Enumerable.Range(2, Writes), results.Select(r => Version(r.Stored.Version)).Order());
        var last = results.MaxBy(r => Version(r.Stored.Version))!;
        var stored = (await first.GetAsync())!;
        Assert.Equal(Json(last.Stored), Json(stored));
        Assert.Equal(Writes + 1, (await First.Get<StoredStates>().ReadOneAsync(StorageNames.CompanyProfile, Valvole.Id))!.Version);
        Assert.Single(await ActivationsAsync(first));

        // Both silos' read models show what storage holds, not an earlier write.
        foreach (var silo in new[] { First, Second })
        {
            await Eventually.WithinAsync(Eventually.OtherSilo, $"the last write in the directory and index of {silo}", () =>
                silo.Get<ActorDirectory>().All().SingleOrDefault()?.Name == stored.Profile.Name &&
                silo.Get<Matchmaker>().Profile(Valvole)?.Name == stored.Profile.Name);
        }
    }

    [Fact]
    public async Task Concurrent_feedback_through_both_silos_loses_none()
    {
        const int Targets = 20;
        var targets = Enumerable.Range(0, Targets).Select(i => new ActorRef(ActorKind.Researcher, $"ricercatore-{i:00}")).ToList();
        await First.Grains.GetGrain<ICompanyGrain>(Valvole.Id).UpsertAsync(new CompanyProfile { Name = "Valvole" });
        await Task.WhenAll(targets.Select(t => Second.Grains.GetGrain<IResearcherGrain>(t.Id).UpsertAsync(new ResearcherProfile { Name = $"Ricercatore {t.Id}" })));
        foreach (var silo in new[] { First, Second })
        {
            await Eventually.WithinAsync(Eventually.OtherSilo, $"every actor in the directory of {silo}", () => silo.Get<ActorDirectory>().Count == Targets + 1);
        }

        // Declines and acceptances of Valvole's, half entering through each silo, all at once.
        await Task.WhenAll(targets.Select((t, i) =>
            (i % 2 == 0 ? First : Second).Get<FeedbackDesk>().SendAsync(Valvole, new Feedback(t, i % 4 < 2 ? FeedbackDecision.Decline : FeedbackDecision.Accept))));

        var relations = (await Second.Grains.Actor(Valvole).GetRelationsAsync())!;
        Assert.Equal(targets.Where((_, i) => i % 4 < 2), relations.Declined.Select(d => d.Actor).OrderBy(a => a.Id, StringComparer.Ordinal));
        Assert.Equal(targets.Where((_, i) => i % 4 >= 2), relations.Collaborations.Select(c => c.Partner).OrderBy(a => a.Id, StringComparer.Ordinal));
        Assert.Equal(Targets, (await First.Get<StoredStates>().ReadOneAsync(StorageNames.CompanyRelations, Valvole.Id))!.Version);
        foreach (var silo in new[] { First, Second })
        {
            await Eventually.WithinAsync(Eventually.OtherSilo, $"every collaboration in the index of {silo}", () =>
                silo.Get<Matchmaker>().Profile(Valvole)?.Partners.Count == Targets / 2);
        }
    }

    [Fact]
    public async Task Two_writers_expecting_the_same_version_through_different_silos_one_wins_the_other_is_told()
    {
        var created = await First.Grains.GetGrain<ICompanyGrain>(Valvole.Id).UpsertAsync(new CompanyProfile { Name = "Valvole" });

        var attempts = await Task.WhenAll(new[] { First, Second }.Select(async silo =>
        {
            try
            {
                return (Result: (ProfileWriteResult<CompanyProfile>?)await silo.Grains.GetGrain<ICompanyGrain>(Valvole.Id).UpsertAsync(new CompanyProfile { Name = $"Valvole da {silo.Name}" }, created.Stored.Version), Conflict: (VersionConflictException?)null);
            }
            catch (VersionConflictException conflict)
            {
                return (Result: null, Conflict: (VersionConflictException?)conflict);
            }
        }));

        var winner = Assert.Single(attempts, a => a.Result is not null).Result!;
        var loser = Assert.Single(attempts, a => a.Conflict is not null).Conflict!;
        Assert.Contains($"version {winner.Stored.Version}, not {created.Stored.Version}", loser.Message, StringComparison.Ordinal);
        Assert.Equal(Json(winner.Stored), Json(await Second.Grains.GetGrain<ICompanyGrain>(Valvole.Id).GetAsync()));
        foreach (var silo in new[] { First, Second })
        {
            await Eventually.WithinAsync(Eventually.OtherSilo, $"the winner in the directory of {silo}", () =>
                silo.Get<ActorDirectory>().All().SingleOrDefault()?.Name == winner.Stored.Profile.Name);
        }
    }

    private static int Version(string etag) => int.Parse(etag, System.Globalization.CultureInfo.InvariantCulture);

    private static CompanyProfile Profile(int write) => new()
    {
        Name = $"Valvole {write}",
        Needs = [$"manutenzione predittiva, richiesta {write}"],
    };

    // Every activation of the grain, on any silo.
    private async Task<List<DetailedGrainStatistic>> ActivationsAsync(IAddressable grain)
    {
        var statistics = await First.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return [.. statistics.Where(s => s.GrainId == grain.GetGrainId())];
    }
}
