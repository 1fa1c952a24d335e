using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Matching.Tests.Index;

/// <summary>Loading many profiles at once gives the index that one upsert at a time gives, and can skip the ones a newer write replaced.</summary>
public sealed class UpsertManyTests
{
    private static readonly string[] Topics =
    [
        "manutenzione predittiva delle presse", "visione artificiale per il controllo qualità", "sensori IoT per impianti",
        "riciclo della plastica", "cybersecurity industriale", "blockchain per la tracciabilità", "materiali compositi",
    ];

    private static List<MatchProfile> Profiles(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new MatchProfile
        {
            Key = $"company/c{i:000}",
            Type = (ActorType)(i % 3),
            Name = $"Azienda {i}",
            Description = $"Lavoriamo su {Topics[i % Topics.Length]} e su {Topics[(i * 3 + 1) % Topics.Length]} a Brescia.",
            Offers = [Topics[i % Topics.Length]],
            Needs = [Topics[(i + 2) % Topics.Length]],
            Partners = i > 0 ? new Dictionary<string, int> { [$"company/c{i - 1:000}"] = 1 } : [],
        }),
    ];

    private static List<string> Answers(MatchIndex index, int count) =>
    [
        .. Enumerable.Range(0, count).SelectMany(i => index.Suggest(new SuggestionQuery { AskerKey = $"company/c{i:000}", Top = 5 })
            .Select(s => $"{i}:{s.Key}:{s.Score:F6}:{string.Join(",", s.Reasons.Select(r => r.Factor))}")),
    ];

    [Fact]
    public void Many_at_once_give_the_same_suggestions_as_one_at_a_time()
    {
        var profiles = Profiles(1_500);
        var oneByOne = new MatchIndex();
        foreach (var profile in profiles)
        {
            oneByOne.Upsert(profile);
        }

        var atOnce = new MatchIndex();
        Assert.Equal(profiles.Count, atOnce.UpsertMany(profiles));

        Assert.Equal(oneByOne.Count, atOnce.Count);
        Assert.Equal(Answers(oneByOne, 60), Answers(atOnce, 60));
    }

    [Fact]
    public void Many_at_once_give_documents_and_terms_the_ids_of_one_at_a_time_in_the_same_order()
    {
        var profiles = Profiles(2_000);
        var oneByOne = new MatchIndex();
        foreach (var profile in profiles)
        {
            oneByOne.Upsert(profile);
        }

        var atOnce = new MatchIndex();
        atOnce.UpsertMany(profiles);

        Assert.Equal(oneByOne.Terms.Count, atOnce.Terms.Count);
        Assert.Equal(Enumerable.Range(0, oneByOne.Terms.Count).Select(id => oneByOne.Terms[id]), Enumerable.Range(0, atOnce.Terms.Count).Select(id => atOnce.Terms[id]));
        Assert.All(profiles, profile => Assert.Equal(
            oneByOne.TryGetDocument(profile.Key, out var document) ? document : -1,
            atOnce.TryGetDocument(profile.Key, out var other) ? other : -2));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(2026)]
    public void Replicas_that_loaded_the_same_profiles_in_different_orders_answer_alike(int seed)
    {
        // Document ids follow the load order, and the many equal estimates of these look-alike profiles decide which
        // enter a query's pool: ties broken by document would answer differently on each silo.
        var profiles = Profiles(1_500);
        var inOrder = new MatchIndex();
        foreach (var profile in profiles)
        {
            inOrder.Upsert(profile);
        }

        var shuffled = new MatchIndex();
        var random = new Random(seed);
        foreach (var profile in profiles.OrderBy(_ => random.Next()))
        {
            shuffled.Upsert(profile);
        }

        Assert.Equal(Answers(inOrder, 60), Answers(shuffled, 60));
    }

    [Fact]
    public void A_profile_the_caller_no_longer_wants_is_skipped_and_an_indexed_one_is_replaced()
    {
        var profiles = Profiles(600);
        var index = new MatchIndex();
        index.Upsert(profiles[7] with { Offers = ["storia dell'arte medievale"] });
        Assert.Contains(index.Suggest(new SuggestionQuery { Brief = "storia dell'arte medievale" }), s => s.Key == "company/c007");

        var indexed = index.UpsertMany(profiles, keep: position => position % 100 != 0);

        Assert.Equal(594, indexed);
        Assert.Equal(594, index.Count); // profile 7 replaced, not added twice
        Assert.False(index.Contains("company/c100"));
        Assert.True(index.Contains("company/c101"));
        Assert.DoesNotContain(index.Suggest(new SuggestionQuery { Brief = "storia dell'arte medievale" }), s => s.Key == "company/c007");
    }

    [Fact]
    public void A_missing_profile_is_refused()
    {
        var index = new MatchIndex();
        var error = Assert.ThrowsAny<Exception>(() => index.UpsertMany([.. Profiles(10), null!]));
        Assert.Contains("Profile 10 is null", error.ToString(), StringComparison.Ordinal);
    }
}
