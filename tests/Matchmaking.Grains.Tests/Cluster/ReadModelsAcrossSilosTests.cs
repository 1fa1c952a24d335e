using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Coaches;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Calls;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Events;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Proposals;
using Matchmaking.Grains.Relations;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Grains.Tests.Calls;
using Matchmaking.Grains.Tests.Events;
using Matchmaking.Grains.Tests.Infrastructure;
using Matchmaking.Grains.Themes;
using static Matchmaking.Grains.Tests.Suggestions.SmallEcosystem;

namespace Matchmaking.Grains.Tests.Cluster;

/// <summary>
/// Two silos, each with its own read models: what grains active on one silo write reaches the other's directory,
/// engine index, theme views and boards through storage within a second, updates and deletions included.
/// </summary>
public sealed class ReadModelsAcrossSilosTests : ClusterTestsBase
{
    private static readonly ActorRef[] Everyone = [Valvole, Rossi, Bianchi, Sensori, Formaggi];

    [Fact]
    public async Task Profiles_written_on_one_silo_are_in_the_other_silos_directory_index_and_theme_views_within_a_second()
    {
        var (writer, reader) = (First, Second);

        await writer.HereAsync(WriteAsync);

        AssertActiveOn(writer, Everyone);
        await Eventually.WithinAsync(Eventually.OtherSilo, "the five actors in the reader's directory and index", () =>
            reader.Get<ActorDirectory>().Count == 5 && reader.Get<Matchmaker>().Count == 5);
        Assert.Equal(Json(writer.Get<ActorDirectory>().All()), Json(reader.Get<ActorDirectory>().All()));
        Assert.Equal(Json(writer.Get<ActorDirectory>().Offerers("predictive-maintenance")), Json(reader.Get<ActorDirectory>().Offerers("predictive-maintenance")));
        var request = new SuggestionRequest([ActorKind.Researcher, ActorKind.Startup]);
        Assert.Equal(
            Json(writer.Get<Matchmaker>().SuggestFor(Valvole, request, [])),
            Json(reader.Get<Matchmaker>().SuggestFor(Valvole, request, [])));

        // Asked through grains active on the reader, which answer from the reader's read models.
        var officina = new ActorRef(ActorKind.Company, "officina");
        var suggested = await reader.HereAsync(async grains =>
        {
            await grains.GetGrain<ICompanyGrain>(officina.Id).UpsertAsync(new CompanyProfile
            {
                Name = "Officina Gardesana",
                Needs = ["manutenzione predittiva delle presse"],
                Location = new Location("Salò", "BS", "Lombardia", "IT"),
            });
            return (await grains.Actor(officina).GetSuggestionsAsync(new SuggestionRequest([ActorKind.Researcher])))!;
        });
        var theme = reader.Grains.GetGrain<IThemeGrain>("predictive-maintenance");
        var details = (await reader.HereAsync(_ => theme.GetAsync()))!;
        var traceability = reader.Grains.GetGrain<IThemeGrain>("traceability");
        var gaps = (await reader.HereAsync(_ => traceability.GetGapsAsync()))!;

        AssertActiveOn(reader, officina);
        Assert.Equal(reader.Address, Cluster.Hosting(theme)?.Address);
        Assert.Equal(reader.Address, Cluster.Hosting(traceability)?.Address);
        Assert.Equal([Bianchi.Id, Rossi.Id], suggested.Select(i => i.Id).Order());
        Assert.Contains(details.Offerers, a => a.Id == Rossi.Id);
        Assert.Contains(details.Offerers, a => a.Id == Bianchi.Id);
        Assert.Contains(details.Seekers, a => a.Id == Valvole.Id);
        Assert.Contains(details.Seekers, a => a.Id == officina.Id);
        Assert.Equal(Formaggi.Id, Assert.Single(gaps.UnmetSeekers).Id);
    }

    [Fact]
    public async Task Updates_feedback_and_deletions_on_one_silo_reach_the_other_within_a_second()
    {
        var (writer, reader) = (Second, First);
        await writer.HereAsync(WriteAsync);
        await Eventually.WithinAsync(Eventually.OtherSilo, "the five actors on the reader", () => reader.Get<Matchmaker>().Count == 5);
        var forRossi = new SuggestionRequest([ActorKind.Company]);
        Assert.DoesNotContain(Formaggi.Id, reader.Get<Matchmaker>().SuggestFor(Rossi, forRossi, []).Select(i => i.Id));

        // An update: the cheese maker now needs predictive maintenance.
        await writer.HereAsync(grains => grains.GetGrain<ICompanyGrain>(Formaggi.Id).UpsertAsync(new CompanyProfile
        {
            Name = "Formaggi Cremonesi",
            Needs = ["manutenzione predittiva dei robot di stagionatura"],
            Location = new Location("Cremona", "CR", "Lombardia", "IT"),
        }));
        await Eventually.WithinAsync(Eventually.OtherSilo, "the updated profile in the reader's index and theme view", () =>
            reader.Get<Matchmaker>().SuggestFor(Rossi, forRossi, []).Any(i => i.Id == Formaggi.Id) &&
            reader.Get<ActorDirectory>().Seekers("predictive-maintenance").Any(a => a.Id == Formaggi.Id));

        // Feedback: an acceptance makes two collaborators, in the reader's graph too.
        await writer.HereAsync(_ => writer.Get<FeedbackDesk>().SendAsync(Valvole, new Feedback(Sensori, FeedbackDecision.Accept)));
        AssertActiveOn(writer, Valvole, Sensori);
        await Eventually.WithinAsync(Eventually.OtherSilo, "the collaboration in the reader's index", () =>
            reader.Get<Matchmaker>().Profile(Valvole)?.Partners.ContainsKey("startup/sensori") == true &&
            reader.Get<Matchmaker>().Profile(Sensori)?.Partners.ContainsKey("company/valvole") == true);
        var newOnly = new SuggestionRequest([], NewPartnersOnly: true);
        Assert.DoesNotContain(Sensori.Id, reader.Get<Matchmaker>().SuggestFor(Valvole, newOnly, []).Select(i => i.Id));
        Assert.Contains(Sensori.Id, reader.Get<Matchmaker>().SuggestFor(Valvole, SuggestionRequest.Default, []).Select(i => i.Id));
        var gaps = reader.Get<ThemeGapsView>().Of((await reader.Grains.GetGrain<IThemeGrain>("industrial-iot").GetAsync())!.Theme, null);
        Assert.Contains(gaps.Connected, c => c.Id == Valvole.Id && c.Partners == 1);

        // A deletion: gone from the reader's directory and index.
        Assert.True(await writer.Grains.GetGrain<ICompanyGrain>(Formaggi.Id).DeleteAsync());
        await Eventually.WithinAsync(Eventually.OtherSilo, "the deleted actor gone from the reader", () =>
            !reader.Get<ActorDirectory>().Contains(Formaggi) && !reader.Get<Matchmaker>().Contains(Formaggi));
        Assert.DoesNotContain(Formaggi.Id, reader.Get<Matchmaker>().SuggestFor(Rossi, forRossi, []).Select(i => i.Id));
        Assert.Equal(4, reader.Get<ActorDirectory>().Count);
    }

    [Fact]
    public async Task Calls_written_on_one_silo_are_on_the_other_silos_board_within_a_second_until_deleted()
    {
        var (writer, reader) = (First, Second);
        var call = writer.Grains.GetGrain<ICallGrain>("bando-pm");

        var created = await writer.HereAsync(_ => call.UpsertAsync(DemoLikeCalls.Open("predictive-maintenance")));
        Assert.Equal(writer.Address, Cluster.Hosting(call)?.Address);
        await Eventually.WithinAsync(Eventually.OtherSilo, "the call on the reader's board", () =>
            reader.Get<CallBoard>().Get("bando-pm")?.Version == created.Stored.Version);
        Assert.Equal(Json(created.Stored), Json(reader.Get<CallBoard>().Get("bando-pm")));

        var updated = await call.UpsertAsync(DemoLikeCalls.Open("ai"), created.Stored.Version);
        await Eventually.WithinAsync(Eventually.OtherSilo, "the updated call on the reader's board", () =>
            reader.Get<CallBoard>().Get("bando-pm")?.Version == updated.Stored.Version);
        Assert.Equal(["ai"], reader.Get<CallBoard>().Get("bando-pm")!.Call.Themes);

        Assert.True(await call.DeleteAsync());
        await Eventually.WithinAsync(Eventually.OtherSilo, "the deleted call off the reader's board", () => reader.Get<CallBoard>().Count == 0);
    }

    [Fact]
    public async Task Events_and_their_registrations_written_on_one_silo_are_on_the_other_silos_board_within_a_second()
    {
        var (writer, reader) = (Second, First);
        var course = writer.Grains.GetGrain<IEventGrain>("corso-cyber");
        await writer.HereAsync(WriteAsync);

        await writer.HereAsync(_ => course.UpsertAsync(EventSamples.Course(capacity: 1)));
        await course.RegisterAsync(Sensori);
        var waiting = await course.RegisterAsync(Valvole);

        Assert.Equal(writer.Address, Cluster.Hosting(course)?.Address);
        await Eventually.WithinAsync(Eventually.OtherSilo, "the course with its registrations on the reader's board", () =>
            reader.Get<EventBoard>().Get("corso-cyber")?.Version == waiting.Stored.Version);
        Assert.Equal(Json(waiting.Stored), Json(reader.Get<EventBoard>().Get("corso-cyber")));
        Assert.Equal([Sensori], reader.Get<EventBoard>().Of(Sensori).Single().Registered.Select(r => r.Member));

        Assert.True(await course.DeleteAsync());
        await Eventually.WithinAsync(Eventually.OtherSilo, "the deleted course off the reader's board", () => reader.Get<EventBoard>().Count == 0);
    }

    [Fact]
    public async Task Proposals_moved_on_one_silo_are_on_the_other_silos_board_within_a_second()
    {
        var (writer, reader) = (Second, First);
        await writer.HereAsync(WriteAsync);
        var proposal = writer.Grains.GetGrain<IProposalGrain>("p-cluster");

        await writer.HereAsync(_ => proposal.CreateAsync(Draft()));
        Assert.Equal(writer.Address, Cluster.Hosting(proposal)?.Address);
        await Eventually.WithinAsync(Eventually.OtherSilo, "the draft on the reader's board", () => reader.Get<ProposalBoard>().Count == 1);
        Assert.Empty(reader.Get<ProposalBoard>().ForMember(Valvole)); // a draft is not shown to members

        await proposal.SubmitAsync();
        await Eventually.WithinAsync(Eventually.OtherSilo, "the proposed proposal shown to its members on the reader", () =>
            reader.Get<ProposalBoard>().ForMember(Valvole).Any(p => p.Status == ProposalStatus.Proposed));

        await proposal.DecideAsync(new ProposalDecision(Rossi, FeedbackDecision.Decline, "non ora"));
        await Eventually.WithinAsync(Eventually.OtherSilo, "the declined pairs on the reader", () =>
            reader.Get<ProposalBoard>().DeclinedPairs().Contains(("researcher/rossi", "company/valvole")));
        Assert.Equal(Json(await proposal.GetAsync()), Json(reader.Get<ProposalBoard>().ForMember(Sensori).Single()));
    }

    [Fact]
    public async Task A_pair_declined_in_a_proposal_on_one_silo_is_not_proposed_again_by_a_coach_on_the_other()
    {
        var (writer, reader) = (First, Second);
        await writer.HereAsync(WriteAsync);
        var brief = new ProjectBrief { Anchor = Valvole, Themes = ["predictive-maintenance"], Top = 5 };
        var first = (await writer.HereAsync(grains => grains.GetGrain<ICoachGrain>("csmt-tutor").ProposeAsync(brief)))[0];
        var partner = first.Members.First(m => m.Actor != Valvole).Actor;
        var proposal = writer.Grains.GetGrain<IProposalGrain>(first.Id);
        await proposal.SubmitAsync();
        await proposal.DecideAsync(new ProposalDecision(Valvole, FeedbackDecision.Decline, "già provato"));
        Assert.Equal(writer.Address, Cluster.Hosting(proposal)?.Address);
        await Eventually.WithinAsync(Eventually.OtherSilo, "the declined pair on the reader's board", () =>
            reader.Get<ProposalBoard>().DeclinedPairs().Contains(("company/valvole", MatchKeys.Of(partner))));

        var coach = reader.Grains.GetGrain<ICoachGrain>("altro-tutor");
        var again = await reader.HereAsync(_ => coach.ProposeAsync(brief));

        Assert.Equal(reader.Address, Cluster.Hosting(coach)?.Address);
        Assert.NotEmpty(again);
        Assert.DoesNotContain(again, p => p.Names(Valvole) && p.Names(partner));
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
