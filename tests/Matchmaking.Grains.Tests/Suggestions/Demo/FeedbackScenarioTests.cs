using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Relations;
using static Matchmaking.Grains.Tests.Suggestions.Demo.DemoReading;

namespace Matchmaking.Grains.Tests.Suggestions.Demo;

/// <summary>
/// Issue 14, tried as a new user would on the demo: one accepted suggestion must not push the two actors up the
/// lists of everyone else. A track record and a graph are evidence of ability, not of fit.
/// </summary>
public sealed class FeedbackScenarioTests : IAsyncLifetime
{
    private static readonly ActorRef Valves = new(ActorKind.Company, "officine-bresciane-valvole");
    private static readonly ActorRef VibraSense = new(ActorKind.Startup, "vibrasense");
    private static readonly ActorRef Dairy = new(ActorKind.Company, "caseificio-padano-cremonese");

    private static readonly string[] VisionBriefs =
    [
        "We need computer vision to inspect surface defects",
        "Cerchiamo visione artificiale per il controllo qualità dei pezzi in linea",
    ];

    private readonly DemoEcosystemHost demo = new();

    public Task InitializeAsync() => demo.InitializeAsync();

    public Task DisposeAsync() => demo.DisposeAsync();

    [Fact]
    public async Task After_the_valve_maker_accepts_vibrasense_the_lists_of_unrelated_actors_keep_their_top_five()
    {
        var unrelated = Unrelated();
        Assert.Contains(Dairy, unrelated);
        var before = new Dictionary<ActorRef, IReadOnlyList<SuggestionItem>>();
        foreach (var actor in unrelated)
        {
            before[actor] = await demo.SuggestionsAsync(actor);
        }

        await demo.Host.Get<FeedbackDesk>().SendAsync(Valves, new Feedback(VibraSense, FeedbackDecision.Accept));

        var changed = new List<string>();
        foreach (var actor in unrelated)
        {
            var after = await demo.SuggestionsAsync(actor);
            if (!Top5(before[actor]).SequenceEqual(Top5(after)))
            {
                changed.Add($"{actor}:\nbefore\n{Describe(before[actor].Take(5))}\nafter\n{Describe(after.Take(5))}");
            }
        }

        Assert.True(changed.Count == 0, $"{changed.Count} of {unrelated.Count} unrelated lists changed:\n" + string.Join("\n\n", changed));
    }

    [Fact]
    public async Task After_the_acceptance_a_computer_vision_brief_shows_no_actor_for_its_track_record_alone()
    {
        await demo.Host.Get<FeedbackDesk>().SendAsync(Valves, new Feedback(VibraSense, FeedbackDecision.Accept));

        foreach (var brief in VisionBriefs)
        {
            var items = demo.Brief(brief);
            Assert.NotEmpty(items);
            var unfit = items.Where(s => !s.Reasons.Any(r => FitFactors.Contains(r.Factor))).ToList();
            Assert.True(unfit.Count == 0, $"\"{brief}\": results without a reason of fit:\n{Describe(items)}");
        }
    }

    [Fact]
    public async Task The_valve_maker_still_finds_vibrasense_after_accepting_it()
    {
        await demo.Host.Get<FeedbackDesk>().SendAsync(Valves, new Feedback(VibraSense, FeedbackDecision.Accept));

        var mine = await demo.SuggestionsAsync(Valves, new SuggestionRequest([ActorKind.Startup], Top: 5));
        Assert.True(mine.Any(s => s.Id == VibraSense.Id), Describe(mine));
    }

    /// <summary>The demo actors that share no declared theme with either of the two.</summary>
    private List<ActorRef> Unrelated()
    {
        var themes = demo.Profile(Valves).Themes.Concat(demo.Profile(VibraSense).Themes).ToHashSet(StringComparer.Ordinal);
        return [.. demo.Actors.Where(a => a.Actor != Valves && a.Actor != VibraSense && !a.Profile.Themes.Any(themes.Contains)).Select(a => a.Actor)];
    }

    private static IEnumerable<string> Top5(IReadOnlyList<SuggestionItem> items) => items.Take(5).Select(s => $"{s.Kind}/{s.Id}");
}
