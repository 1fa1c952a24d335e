using Matchmaking.Abstractions.Events;
using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Abstractions.Digests;

/// <summary>
/// A member's digest: its suggested partners (those not in the previous digest marked <see cref="DigestSuggestion.New"/>),
/// upcoming events and courses on its themes, open calls it is eligible for, and proposals waiting for its answer,
/// in one language, since the previous digest was issued (a week before when there was none).
/// </summary>
[GenerateSerializer, Alias("mm.Digest"), Immutable]
public sealed record Digest(
    [property: Id(0)] ActorRef Actor,
    [property: Id(1)] string Name,
    [property: Id(2)] string Language,
    [property: Id(3)] DateTimeOffset Since,
    [property: Id(4)] DateTimeOffset GeneratedAt,
    [property: Id(5)] IReadOnlyList<DigestSuggestion> Suggestions,
    [property: Id(6)] IReadOnlyList<DigestEvent> Events,
    [property: Id(7)] IReadOnlyList<DigestCall> Calls,
    [property: Id(8)] IReadOnlyList<DigestProposal> Proposals);

[GenerateSerializer, Alias("mm.DigestSuggestion"), Immutable]
public sealed record DigestSuggestion(
    [property: Id(0)] ActorKind Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] string Name,
    [property: Id(3)] double Score,
    [property: Id(4)] bool New,
    [property: Id(5)] IReadOnlyList<string> Reasons);

[GenerateSerializer, Alias("mm.DigestEvent"), Immutable]
public sealed record DigestEvent(
    [property: Id(0)] string Id,
    [property: Id(1)] EventKind Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] DateTime? Start,
    [property: Id(4)] IReadOnlyList<string> Reasons);

[GenerateSerializer, Alias("mm.DigestCall"), Immutable]
public sealed record DigestCall(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Publisher,
    [property: Id(3)] DateOnly? Deadline,
    [property: Id(4)] string Evidence);

[GenerateSerializer, Alias("mm.DigestProposal"), Immutable]
public sealed record DigestProposal(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Coach,
    [property: Id(3)] DateTimeOffset UpdatedAt);

/// <summary>A member actor's digest (key: <c>kind/id</c>, e.g. <c>startup/visiodefect</c>) and what the previous one held.</summary>
public interface IDigestGrain : IGrainWithStringKey
{
    /// <summary>The digest as it stands now, in <paramref name="language"/> (it, en); <see cref="Errors.ActorNotFoundException"/> for an unknown actor.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<Digest> GetAsync(string language);

    /// <summary>Issues the digest (the weekly one): as <see cref="GetAsync"/>, then remembered as the previous one.</summary>
    Task<Digest> IssueAsync(string language);
}

/// <summary>The weekly issue of every member's digest (one grain, key 0, woken by one Orleans reminder).</summary>
public interface IDigestScheduleGrain : IGrainWithIntegerKey
{
    /// <summary>Registers (or re-registers) the reminder that issues the digests every <paramref name="every"/>.</summary>
    Task StartAsync(TimeSpan every);

    /// <summary>Issues the digest of every user's member actor now; returns how many were issued.</summary>
    Task<int> IssueAllAsync();
}
