using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Directory;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Grains.ReadModels;
using Matchmaking.Grains.Tests.Infrastructure;
using static Matchmaking.Grains.Tests.Suggestions.SmallEcosystem;

namespace Matchmaking.Grains.Tests.Suggestions;

/// <summary>Suggestions from the real engine index, kept current by the grains and rebuilt by the loader.</summary>
public sealed class SuggestionGrainTests : IAsyncLifetime
{
    private readonly GrainHost host = new();

    public async Task InitializeAsync()
    {
        await host.StartAsync();
        await WriteAsync(host.Grains);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_company_needing_manutenzione_predittiva_gets_the_researchers_offering_it_with_reasons_quoting_them()
    {
        var items = (await host.Grains.Actor(Valvole).GetSuggestionsAsync(new SuggestionRequest([ActorKind.Researcher])))!;

        Assert.Equal([Bianchi.Id, Rossi.Id], items.Select(i => i.Id).Order());
        Assert.All(items, i => Assert.Equal(ActorKind.Researcher, i.Kind));
        var rossi = items.Single(i => i.Id == Rossi.Id);
        Assert.Equal("Prof. Anna Rossi", rossi.Name);
        Assert.True(rossi.Score > 0);
        Assert.Contains(rossi.Reasons, r => r.Evidence.Contains("predictive maintenance", StringComparison.Ordinal));
        Assert.Equal(rossi.Reasons.OrderByDescending(r => r.Contribution).Select(r => r.Factor), rossi.Reasons.Select(r => r.Factor));
    }

    [Fact]
    public async Task Filters_narrow_the_list_to_the_kinds_province_theme_and_top_asked()
    {
        var grain = host.Grains.Actor(Valvole);

        var inMilan = (await grain.GetSuggestionsAsync(new SuggestionRequest([], Province: "mi")))!;
        var one = (await grain.GetSuggestionsAsync(new SuggestionRequest([ActorKind.Researcher, ActorKind.Startup], Top: 1)))!;
        var startups = (await grain.GetSuggestionsAsync(new SuggestionRequest([ActorKind.Startup], Theme: "Industrial-IoT")))!;

        Assert.Equal([Bianchi.Id], inMilan.Select(i => i.Id));
        Assert.Single(one);
        Assert.NotEqual(ActorKind.Company, one[0].Kind);
        Assert.Equal([Sensori.Id], startups.Select(i => i.Id));
    }

    [Fact]
    public async Task Bad_filters_name_each_field_and_its_allowed_values()
    {
        var grain = host.Grains.Actor(Valvole);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            grain.GetSuggestionsAsync(new SuggestionRequest([], Top: 101, Theme: "teleportation", Province: "TO")));

        Assert.Contains("between 1 and 100", error.Errors["top"].Single(), StringComparison.Ordinal);
        Assert.Contains("predictive-maintenance", error.Errors["theme"].Single(), StringComparison.Ordinal);
        Assert.Contains("BS, CR, MI", error.Errors["province"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_actor_has_no_suggestions()
    {
        Assert.Null(await host.Grains.Actor(new ActorRef(ActorKind.Startup, "nessuno")).GetSuggestionsAsync(SuggestionRequest.Default));
    }

    [Fact]
    public async Task A_brief_in_italian_or_english_finds_the_offerers_and_a_blank_or_huge_one_is_refused()
    {
        var matchmaker = host.Get<Matchmaker>();

        var italian = matchmaker.SuggestForBrief("Cerchiamo esperti di manutenzione predittiva", new SuggestionRequest([ActorKind.Researcher]));
        var english = matchmaker.SuggestForBrief("We look for wireless vibration sensors", new SuggestionRequest([ActorKind.Startup]));

        Assert.Contains(Bianchi.Id, italian.Select(i => i.Id));
        Assert.Equal(Sensori.Id, english[0].Id);
        var blank = Assert.Throws<ValidationFailedException>(() => matchmaker.SuggestForBrief("  ", SuggestionRequest.Default));
        Assert.True(blank.Errors.ContainsKey("brief"));
        var huge = Assert.Throws<ValidationFailedException>(() => matchmaker.SuggestForBrief(new string('a', SuggestionRequest.MaxBriefLength + 1), SuggestionRequest.Default));
        Assert.Contains("too long", huge.Errors["brief"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_change_reaches_the_index_and_a_deleted_actor_is_suggested_no_more()
    {
        await host.Grains.GetGrain<Abstractions.Grains.ICompanyGrain>(Formaggi.Id).UpsertAsync(new CompanyProfile
        {
            Name = "Formaggi Cremonesi",
            Needs = ["manutenzione predittiva dei robot di stagionatura"],
            Location = new Location("Cremona", "CR", "Lombardia", "IT"),
        });
        var forRossi = (await host.Grains.Actor(Rossi).GetSuggestionsAsync(new SuggestionRequest([ActorKind.Company])))!;
        Assert.Contains(Formaggi.Id, forRossi.Select(i => i.Id));

        Assert.True(await host.Grains.GetGrain<Abstractions.Grains.ICompanyGrain>(Formaggi.Id).DeleteAsync());
        var after = (await host.Grains.Actor(Rossi).GetSuggestionsAsync(new SuggestionRequest([ActorKind.Company])))!;
        Assert.DoesNotContain(Formaggi.Id, after.Select(i => i.Id));
    }

    [Fact]
    public async Task A_starting_silo_rebuilds_the_index_from_storage_before_it_serves()
    {
        await host.RestartAsync();

        Assert.NotNull(host.Get<ReplicaLoading>().LoadedAt);
        Assert.Equal(5, host.Get<ActorDirectory>().Count);
        Assert.Equal(5, host.Get<Matchmaker>().Count);
        var items = (await host.Grains.Actor(Valvole).GetSuggestionsAsync(new SuggestionRequest([ActorKind.Researcher])))!;
        Assert.Contains(Rossi.Id, items.Select(i => i.Id));
    }
}
