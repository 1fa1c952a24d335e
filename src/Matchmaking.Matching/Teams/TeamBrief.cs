namespace Matchmaking.Matching.Teams;

/// <summary>
/// What a coach asks for: teams around one or more <see cref="Themes"/>, a free-text <see cref="Need"/> and/or an
/// <see cref="AnchorKey"/> actor that wants a project (at least one of the three), with constraints. Check it
/// with <see cref="TeamBriefRules.Problems"/> before proposing.
/// </summary>
public sealed record TeamBrief
{
    /// <summary>Theme ids of the taxonomy.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>A need or project idea in Italian or English.</summary>
    public string? Need { get; init; }

    /// <summary>An indexed actor every team is built around (it fills its kind's role).</summary>
    public string? AnchorKey { get; init; }

    /// <summary>Members only from this region or province (name or code, case-insensitive); null for anywhere.</summary>
    public string? Region { get; init; }

    /// <summary>Roles every team fills.</summary>
    public IReadOnlyList<TeamRole> Required { get; init; } = [TeamRole.Company, TeamRole.Research];

    /// <summary>Roles a team fills when a member adds enough.</summary>
    public IReadOnlyList<TeamRole> Optional { get; init; } = [TeamRole.Startup];

    /// <summary>Roles no team may have.</summary>
    public IReadOnlyList<TeamRole> ExcludedRoles { get; init; } = [];

    /// <summary>Actors (keys) every team includes.</summary>
    public IReadOnlySet<string> Include { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Actors (keys) no team includes.</summary>
    public IReadOnlySet<string> Exclude { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Pairs of actors never to put together (one of them declined the other, or a proposal naming both).</summary>
    public IReadOnlyCollection<(string A, string B)> DeclinedPairs { get; init; } = [];

    /// <summary>The largest team (members).</summary>
    public int MaxTeamSize { get; init; } = 4;

    /// <summary>How many proposals.</summary>
    public int Top { get; init; } = 5;

    /// <summary>How many of the batch's proposals one actor may appear in (the anchor and included actors are exempt).</summary>
    public int MaxProposalsPerActor { get; init; } = 2;

    /// <summary>Write reasons and drafts; off for bulk evaluation.</summary>
    public bool Explain { get; init; } = true;

    /// <summary>The time "now" for freshness.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>
    /// The language of <see cref="TeamProposal.Reasons"/> and the pairs' reasons: Italian when true, English when false;
    /// null for the need's (else the anchor's description, else English). Both languages are always in
    /// <see cref="TeamProposal.ReasonsIt"/> and <see cref="TeamProposal.ReasonsEn"/>.
    /// </summary>
    public bool? Italian { get; init; }

    /// <summary>Profiles by key, to quote them in reasons and drafts.</summary>
    public Func<string, Profiles.MatchProfile?>? Profiles { get; init; }
}
