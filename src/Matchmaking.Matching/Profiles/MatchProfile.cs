namespace Matchmaking.Matching.Profiles;

/// <summary>The kinds of actor the engine matches. <see cref="Other"/> covers public bodies and the like.</summary>
public enum ActorType
{
    Company,
    Startup,
    Researcher,
    Other,
}

/// <summary>Where an actor is, for proximity. Codes are compared case-insensitively.</summary>
public sealed record Place(string? Municipality = null, string? Province = null, string? Region = null, string? Country = null)
{
    /// <summary>Same municipality 1, province 0.75, region 0.5, country 0.25, else 0 (the engine's proximity factor).</summary>
    public double ProximityTo(Place other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Scoring.Factors.Proximity(this, other);
    }
}

/// <summary>
/// What the engine knows of an actor: everything it matches on, nothing it does not. Built by the edges
/// (grains, import, evaluation) from a profile; <see cref="Key"/> is unique across kinds (e.g. <c>company/acme</c>).
/// </summary>
public sealed record MatchProfile
{
    public required string Key { get; init; }

    public required ActorType Type { get; init; }

    public string Name { get; init; } = "";

    public string? Description { get; init; }

    /// <summary>Declared theme ids.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>What the actor supplies, in its own words.</summary>
    public IReadOnlyList<string> Offers { get; init; } = [];

    /// <summary>What the actor seeks, in its own words.</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];

    /// <summary>Expertise keywords (researchers), technology (startups): counted as offers.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public Place Place { get; init; } = new();

    /// <summary>Startup stage (idea, mvp, revenue, scale-up), when a startup.</summary>
    public string? Stage { get; init; }

    /// <summary>Employees, when known.</summary>
    public int? Employees { get; init; }

    /// <summary>Past collaborations: partner key → number of joint projects.</summary>
    public IReadOnlyDictionary<string, int> Partners { get; init; } = new Dictionary<string, int>();

    /// <summary>A track record: how many past projects the actor has (0 when unknown).</summary>
    public int PastProjects { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>False for profiles that must never be suggested (hidden, paused): they may still ask.</summary>
    public bool Suggestible { get; init; } = true;

    /// <summary>Sentence embeddings of the profile, computed by the edge when it was written; null when there are none.</summary>
    public Semantics.ProfileVectors? Vectors { get; init; }

    /// <summary>True for profiles shown to signed-in users only: left out of queries with <c>PublicOnly</c>.</summary>
    public bool MembersOnly { get; init; }
}
