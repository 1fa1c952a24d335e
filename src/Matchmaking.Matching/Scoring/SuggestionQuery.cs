using Matchmaking.Matching.Profiles;

namespace Matchmaking.Matching.Scoring;

/// <summary>
/// What to suggest: partners for an indexed actor (<see cref="AskerKey"/>), or for a free-text
/// <see cref="Brief"/> (people without a profile); at least one of the two. Filters narrow the candidates;
/// vetoes remove some.
/// </summary>
public sealed record SuggestionQuery
{
    /// <summary>The actor asking (its key in the index), or null in brief mode.</summary>
    public string? AskerKey { get; init; }

    /// <summary>A need or idea in free text (added to the asker's needs when both are given).</summary>
    public string? Brief { get; init; }

    /// <summary>
    /// The brief's sentence embedding, computed once by the caller (null: candidates are compared with the asker's
    /// vectors, if it has them, else the semantic factor is 0).
    /// </summary>
    public Semantics.QuantizedVector? BriefVector { get; init; }

    /// <summary>Kinds of actor wanted; empty for any.</summary>
    public IReadOnlySet<ActorType> Targets { get; init; } = new HashSet<ActorType>();

    /// <summary>Only actors offering or seeking this theme (or a sub-theme).</summary>
    public string? Theme { get; init; }

    /// <summary>Only actors in this province (code).</summary>
    public string? Province { get; init; }

    /// <summary>How many suggestions (1..100 at the API; any positive number here).</summary>
    public int Top { get; init; } = 10;

    /// <summary>Keys never to suggest (e.g. declined before).</summary>
    public IReadOnlySet<string> Excluded { get; init; } = new HashSet<string>();

    /// <summary>Only actors everyone may see (leaves out <see cref="MatchProfile.MembersOnly"/> ones): for anonymous askers.</summary>
    public bool PublicOnly { get; init; }

    /// <summary>Leave out the asker's existing partners.</summary>
    public bool NewPartnersOnly { get; init; }

    /// <summary>Spread the list over different kinds, places and themes instead of near-copies.</summary>
    public bool Diversify { get; init; } = true;

    /// <summary>Write the reasons (evidence text); off for bulk ranking such as evaluations.</summary>
    public bool Explain { get; init; } = true;

    /// <summary>The time "now" for freshness.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>How profiles not confirmed for long rank (null: their age counts only through the freshness factor).</summary>
    public ProfileAging? Aging { get; init; }

    /// <summary>The language of the reasons: Italian when true, English when false; null for the brief's, else the asker's.</summary>
    public bool? Italian { get; init; }

    /// <summary>Profiles by key, to quote them in reasons; without it reasons name themes and factors only.</summary>
    public Func<string, MatchProfile?>? Profiles { get; init; }
}

/// <summary>
/// Profiles age: one not written or confirmed for <see cref="StaleAfter"/> is stale and its score is multiplied by
/// <see cref="StalePenalty"/> (a reason says so); after a further <see cref="Grace"/> it expires and is not suggested
/// until it is confirmed or edited, as the partnering databases expire profiles. A profile of unknown age never ages.
/// </summary>
public sealed record ProfileAging(TimeSpan StaleAfter, TimeSpan Grace, double StalePenalty = 0.5)
{
    public static ProfileAging Default { get; } = new(TimeSpan.FromDays(365), TimeSpan.FromDays(90));

    /// <summary>Whether a profile updated at <paramref name="updatedAt"/> is stale (not yet expired) at <paramref name="now"/>.</summary>
    public bool IsStale(DateTimeOffset updatedAt, DateTimeOffset now) => updatedAt != default && now - updatedAt > StaleAfter && !IsExpired(updatedAt, now);

    /// <summary>Whether a profile updated at <paramref name="updatedAt"/> has expired at <paramref name="now"/>.</summary>
    public bool IsExpired(DateTimeOffset updatedAt, DateTimeOffset now) => updatedAt != default && now - updatedAt > StaleAfter + Grace;
}
