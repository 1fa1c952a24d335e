using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Matching.Tests.Scoring;

/// <summary>A profile not confirmed for long ranks lower with a reason saying so, and after its grace period is not suggested.</summary>
public sealed class ProfileAgingTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ProfileAging Aging = new(TimeSpan.FromDays(365), TimeSpan.FromDays(90), StalePenalty: 0.5);

    private readonly MatchIndex index = new();

    [Fact]
    public void A_stale_profile_ranks_below_an_equal_fresh_one_with_a_reason_and_an_expired_one_is_not_suggested()
    {
        Add("startup/fresca", Now.AddDays(-30));
        Add("startup/stantia", Now.AddDays(-400));
        Add("startup/scaduta", Now.AddDays(-500));
        Add("startup/senza-data", default);

        var aged = index.Suggest(Query() with { Aging = Aging });
        var ageless = index.Suggest(Query());

        Assert.Equal(["startup/fresca", "startup/senza-data", "startup/stantia"], aged.Select(s => s.Key));
        var fresh = aged.Single(s => s.Key == "startup/fresca");
        var stale = aged.Single(s => s.Key == "startup/stantia");
        Assert.True(stale.Score < 0.6 * fresh.Score, $"stale {stale.Score} vs fresh {fresh.Score}");
        var reason = Assert.Single(stale.Reasons, r => r.Factor == "stale");
        Assert.True(reason.Contribution < 0);
        Assert.Equal("Profilo non confermato da 13 mesi (dal 27/04/2026): potrebbe non essere aggiornato", reason.Evidence);
        Assert.DoesNotContain(fresh.Reasons, r => r.Factor == "stale");
        Assert.Contains("startup/scaduta", ageless.Select(s => s.Key));
        Assert.Equal(4, ageless.Count);
        Assert.Contains(index.Suggest(Query() with { Aging = Aging, Italian = false }).Single(s => s.Key == "startup/stantia").Reasons,
            r => r.Evidence == "Profile not confirmed for 13 months (since 27 April 2026): it may be out of date");
    }

    [Fact]
    public void The_rule_tells_stale_from_expired()
    {
        Assert.False(Aging.IsStale(Now.AddDays(-364), Now));
        Assert.True(Aging.IsStale(Now.AddDays(-366), Now));
        Assert.False(Aging.IsExpired(Now.AddDays(-454), Now));
        Assert.True(Aging.IsExpired(Now.AddDays(-456), Now));
        Assert.False(Aging.IsStale(Now.AddDays(-456), Now));
        Assert.False(Aging.IsStale(default, Now));
        Assert.False(Aging.IsExpired(default, Now));
    }

    private SuggestionQuery Query() => new() { Brief = "cerchiamo visione artificiale per il controllo qualità dei pezzi", Now = Now, Diversify = false, Italian = true };

    private void Add(string key, DateTimeOffset updatedAt) => index.Upsert(new MatchProfile
    {
        Key = key,
        Type = ActorType.Startup,
        Name = key,
        Description = "Visione artificiale per il controllo qualità dei pezzi in linea.",
        Offers = ["visione artificiale per il controllo qualità"],
        UpdatedAt = updatedAt,
    });
}
