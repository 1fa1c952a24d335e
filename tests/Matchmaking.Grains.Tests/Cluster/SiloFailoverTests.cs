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
using Matchmaking.Grains.Relations;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Grains.Tests.Calls;
using Matchmaking.Grains.Tests.Infrastructure;
using static Matchmaking.Grains.Tests.Suggestions.SmallEcosystem;

namespace Matchmaking.Grains.Tests.Cluster;

/// <summary>
/// A silo stopping or dying takes its activations with it: its grains come back on the surviving silo from storage,
/// with the last state they acknowledged, and carry on writing; the survivor's read models hold those writes.
/// </summary>
public sealed class SiloFailoverTests : ClusterTestsBase
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_grains_of_a_silo_that_goes_come_back_on_the_other_with_their_last_acknowledged_state(bool kill)
    {
        // The secondary goes (the primary holds the test cluster's membership).
        var (going, staying) = (Second, First);
        await going.HereAsync(WriteAsync);
        var call = going.Grains.GetGrain<ICallGrain>("bando-pm");
        var proposal = going.Grains.GetGrain<IProposalGrain>("p-failover");
        var (profile, storedCall, storedProposal) = await going.HereAsync(async grains =>
        {
            var valvole = grains.GetGrain<ICompanyGrain>(Valvole.Id);
            var current = (await valvole.GetAsync())!;
            await valvole.UpsertAsync(current.Profile with { Employees = 81 }, current.Version);
            await going.Get<FeedbackDesk>().SendAsync(Valvole, new Feedback(Bianchi, FeedbackDecision.Decline, "già sentito"));
            await going.Get<FeedbackDesk>().SendAsync(Valvole, new Feedback(Sensori, FeedbackDecision.Accept));
            var created = await call.UpsertAsync(DemoLikeCalls.Open("predictive-maintenance"));
            var called = await call.UpsertAsync(DemoLikeCalls.Open("industrial-iot"), created.Stored.Version);
            await proposal.CreateAsync(Draft());
            await proposal.SubmitAsync();
            var decided = await proposal.DecideAsync(new ProposalDecision(Rossi, FeedbackDecision.Accept, "volentieri"));

            // The last write before the silo goes: acknowledged, so it must survive.
            var last = await valvole.UpsertAsync(current.Profile with { Employees = 82, Description = "Ultima versione" });
            return (last.Stored, called.Stored, decided);
        });
        AssertActiveOn(going, Valvole, Sensori);
        Assert.Equal(going.Address, Cluster.Hosting(call)?.Address);
        Assert.Equal(going.Address, Cluster.Hosting(proposal)?.Address);

        if (kill)
        {
            await Cluster.KillSiloAsync(going);
        }
        else
        {
            await Cluster.StopSiloAsync(going);
        }

        // The survivor's read models come to hold every acknowledged write (through storage), before any grain comes back;
        // the feed applies them in its own polls, so the call and the proposal may arrive a poll after the profile.
        await Eventually.WithinAsync(Eventually.OtherSilo, "the last profile in the survivor's directory", () =>
            staying.Get<Matchmaker>().Profile(Valvole)?.Partners.ContainsKey("startup/sensori") == true &&
            staying.Get<ActorDirectory>().Query(new DirectoryQuery(Text: "Ultima versione")).Total == 1 &&
            Json(staying.Get<CallBoard>().Get("bando-pm")) == Json(storedCall) &&
            staying.Get<ProposalBoard>().ForMember(Rossi).Any(p => Json(p) == Json(storedProposal)));
        Assert.Equal(Json(storedProposal), Json(staying.Get<ProposalBoard>().ForMember(Rossi).Single()));
        Assert.Null(Cluster.Hosting(Grain(staying.Grains, Valvole)));

        // The grains come back on the survivor with what they had acknowledged.
        var valvole = staying.Grains.GetGrain<ICompanyGrain>(Valvole.Id);
        Assert.Equal(Json(profile), Json(await valvole.GetAsync()));
        var relations = (await staying.Grains.Actor(Valvole).GetRelationsAsync())!;
        Assert.Equal([Bianchi], relations.Declined.Select(d => d.Actor));
        Assert.Equal("già sentito", relations.Declined[0].Reason);
        Assert.Equal([Sensori], relations.Collaborations.Select(c => c.Partner));
        Assert.Equal([Valvole], (await staying.Grains.Actor(Sensori).GetRelationsAsync())!.Collaborations.Select(c => c.Partner));
        Assert.Equal(Json(storedCall), Json(await staying.Grains.GetGrain<ICallGrain>("bando-pm").GetAsync()));
        Assert.Equal(Json(storedProposal), Json(await staying.Grains.GetGrain<IProposalGrain>("p-failover").GetAsync()));
        AssertActiveOn(staying, Valvole, Sensori);

        // And carry on from there: the next version, the next transition, no conflict.
        var next = await valvole.UpsertAsync(profile.Profile with { Employees = 83 }, profile.Version);
        Assert.Equal((int.Parse(profile.Version, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), next.Stored.Version);
        Assert.Equal(ProposalStatus.Accepted, (await staying.Grains.GetGrain<IProposalGrain>("p-failover").DecideAsync(new ProposalDecision(Valvole, FeedbackDecision.Accept))).Status);
        var suggested = staying.Get<Matchmaker>().SuggestFor(Valvole, new SuggestionRequest([ActorKind.Researcher]), relations.Declined.Select(d => d.Actor));
        Assert.DoesNotContain(Bianchi.Id, suggested.Select(i => i.Id));
        Assert.Contains(Rossi.Id, (await staying.Grains.Actor(Valvole).GetSuggestionsAsync(new SuggestionRequest([ActorKind.Researcher])))!.Select(i => i.Id));
    }

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
}
