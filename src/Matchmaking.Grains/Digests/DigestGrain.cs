using Matchmaking.Abstractions.Digests;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Abstractions.Suggestions;
using Matchmaking.Grains.Calls;
using Matchmaking.Grains.Events;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Proposals;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Storage;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Digests;

/// <summary>What a digest grain stores: when the previous digest was issued and whom it suggested.</summary>
public sealed class DigestState : IUnreadableState
{
    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Unreadable { get; set; }

    public DateTimeOffset? IssuedAt { get; set; }

    public List<string> Suggested { get; set; } = [];
}

/// <summary>
/// A member actor's digest, composed from this silo's read models and the actor's own suggestions (one grain call):
/// the suggested partners, upcoming events and courses on its themes, open calls it may apply to, proposals waiting
/// for its answer. Issuing it (weekly) remembers whom it suggested, so the next one marks the new ones.
/// </summary>
public sealed class DigestGrain(
    [PersistentState(StorageNames.DigestState, StorageNames.Profiles)] IPersistentState<DigestState> state,
    Matchmaker matchmaker,
    EventSuggester events,
    CallMatcher calls,
    ProposalBoard proposals,
    TimeProvider clock) : Grain, IDigestGrain
{
    public const int TopSuggestions = 5;
    public const int TopEvents = 3;

    public async Task<Digest> GetAsync(string language)
    {
        if (!MatchKeys.TryParse(this.GetPrimaryKeyString(), out var actor))
        {
            throw NotFoundException.Of($"actor '{this.GetPrimaryKeyString()}'");
        }

        var now = clock.GetUtcNow();
        var previous = state.State.Unreadable is null ? state.State : new DigestState();
        var suggested = await GrainFactory.Actor(actor).GetSuggestionsAsync(new SuggestionRequest([], TopSuggestions, Lang: language))
            ?? throw new ActorNotFoundException(actor);
        var profile = matchmaker.Profile(actor);
        var today = DateOnly.FromDateTime(EventTime.ToRome(now));
        return new Digest(
            actor,
            profile?.Name ?? actor.Id,
            language,
            previous.IssuedAt ?? now.AddDays(-7),
            now,
            [.. suggested.Select(s => new DigestSuggestion(s.Kind, s.Id, s.Name, s.Score, !previous.Suggested.Contains(MatchKeys.Of(s.Kind, s.Id)), [.. s.Reasons.Take(3).Select(r => r.Evidence)]))],
            [.. events.ForActor(actor, language, TopEvents).Select(e => new DigestEvent(e.Stored.Id, e.Stored.Event.Kind, e.Stored.Event.Title.In(language), e.Stored.Event.Start, e.Reasons))],
            profile is null ? [] : [.. calls.Match([profile], [], today, language).Select(c => new DigestCall(c.Id, c.Title, c.Publisher, c.Deadline, (language == "en" ? c.EvidenceEn : c.EvidenceIt) ?? c.Evidence))],
            [.. proposals.ForMember(actor)
                .Where(p => ProposalBoard.Waits(p, actor))
                .Select(p => new DigestProposal(p.Id, p.In(language).Title, p.Coach, p.UpdatedAt))]);
    }

    public async Task<Digest> IssueAsync(string language)
    {
        var digest = await GetAsync(language);
        await state.WriteOrRestoreAsync(new DigestState
        {
            IssuedAt = digest.GeneratedAt,
            Suggested = [.. digest.Suggestions.Select(s => MatchKeys.Of(s.Kind, s.Id))],
        });
        return digest;
    }
}
