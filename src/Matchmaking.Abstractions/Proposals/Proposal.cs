using System.Text.Json.Serialization;
using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Abstractions.Suggestions;
using Orleans;

namespace Matchmaking.Abstractions.Proposals;

/// <summary>
/// An innovation project proposal: a team formed by the engine for a coach, why it works, a draft title and
/// objective in Italian and English, the open calls that could fund it, and where it stands. <see cref="Title"/>
/// and <see cref="Objective"/> are the draft's in <see cref="Lang"/>.
/// </summary>
[GenerateSerializer, Alias("mm.Proposal"), Immutable]
public sealed record Proposal
{
    [Id(0)] public string Id { get; init; } = "";

    /// <summary>The coach (innovation tutor) the proposal was formed for.</summary>
    [Id(1)] public string Coach { get; init; } = "";

    [Id(2)] public ProposalStatus Status { get; init; }

    [Id(3)] public double Score { get; init; }

    [Id(4)] public IReadOnlyList<ProposalMember> Members { get; init; } = [];

    [Id(5)] public IReadOnlyList<SuggestionReason> Reasons { get; init; } = [];

    [Id(6)] public IReadOnlyList<string> Themes { get; init; } = [];

    [Id(7)] public ProposalDraft Draft { get; init; } = new("", "", "", "", ProposalDraft.EngineSource);

    [Id(8)] public IReadOnlyList<CallMatch> Calls { get; init; } = [];

    /// <summary><c>it</c> or <c>en</c>: the language of <see cref="Title"/> and <see cref="Objective"/>.</summary>
    [Id(9)] public string Lang { get; init; } = "it";

    /// <summary>What happened, oldest first: created, proposed, each member's decision, started or dropped, with reasons.</summary>
    [Id(10)] public IReadOnlyList<ProposalEvent> History { get; init; } = [];

    [Id(11)] public DateTimeOffset CreatedAt { get; init; }

    [Id(12)] public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The reasons in Italian (<see cref="Reasons"/> holds those of <see cref="Lang"/>); null on proposals stored before both were written.</summary>
    [Id(13)] public IReadOnlyList<SuggestionReason>? ReasonsIt { get; init; }

    /// <summary>The reasons in English; null on proposals stored before both were written.</summary>
    [Id(14)] public IReadOnlyList<SuggestionReason>? ReasonsEn { get; init; }

    /// <summary>
    /// The proposal as read in <paramref name="lang"/> (<c>it</c> or <c>en</c>): <see cref="Lang"/>, and with it the title and
    /// objective, the reasons and the calls' evidence in that language, wherever both languages were stored.
    /// </summary>
    public Proposal In(string lang) => this with
    {
        Lang = lang,
        Reasons = (lang == "en" ? ReasonsEn : ReasonsIt) ?? Reasons,
        Calls = [.. Calls.Select(c => c.In(lang))],
    };

    /// <summary>The draft title in <see cref="Lang"/>.</summary>
    public string Title => Lang == "en" ? Draft.TitleEn : Draft.TitleIt;

    /// <summary>The draft objective in <see cref="Lang"/>.</summary>
    public string Objective => Lang == "en" ? Draft.ObjectiveEn : Draft.ObjectiveIt;

    /// <summary>Whether <paramref name="actor"/> is one of the members.</summary>
    public bool Names(ActorRef actor) => Members.Any(m => m.Kind == actor.Kind && m.Id == actor.Id);
}

/// <summary>A member of a proposed team: who, the role it fills (company, research, startup, supplier) and its decision so far.</summary>
[GenerateSerializer, Alias("mm.ProposalMember"), Immutable]
public sealed record ProposalMember(
    [property: Id(0)] ActorKind Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] string Name,
    [property: Id(3)] string Role,
    [property: Id(4)] FeedbackDecision? Decision = null,
    [property: Id(5)] string? Reason = null,
    [property: Id(6)] DateTimeOffset? DecidedAt = null)
{
    [JsonIgnore]
    public ActorRef Actor => new(Kind, Id);
}

/// <summary>
/// A title and objective in Italian and English. <see cref="Source"/> is <c>engine</c> for the deterministic
/// draft, <c>model</c> when a chat model rewrote it.
/// </summary>
[GenerateSerializer, Alias("mm.ProposalDraft"), Immutable]
public sealed record ProposalDraft(
    [property: Id(0)] string TitleIt,
    [property: Id(1)] string TitleEn,
    [property: Id(2)] string ObjectiveIt,
    [property: Id(3)] string ObjectiveEn,
    [property: Id(4)] string Source)
{
    public const string EngineSource = "engine";
    public const string ModelSource = "model";
}

/// <summary>One step of a proposal's life: what (created, proposed, accepted, declined, started, dropped), when, by whom, why.</summary>
[GenerateSerializer, Alias("mm.ProposalEvent"), Immutable]
public sealed record ProposalEvent(
    [property: Id(0)] string Action,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] ActorRef? By = null,
    [property: Id(3)] string? Reason = null);

/// <summary>A member's decision on a proposal that names it, with an optional reason (at most 1,000 characters).</summary>
[GenerateSerializer, Alias("mm.ProposalDecision"), Immutable]
public sealed record ProposalDecision(
    [property: Id(0)] ActorRef Member,
    [property: Id(1)] FeedbackDecision Decision,
    [property: Id(2)] string? Reason = null);

/// <summary>The answer of the proposal lists: <c>{"items":[…]}</c>.</summary>
public sealed record ProposalList(IReadOnlyList<Proposal> Items);
