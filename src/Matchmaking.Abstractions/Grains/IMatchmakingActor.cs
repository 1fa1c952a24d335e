using Matchmaking.Abstractions.Relations;
using Matchmaking.Abstractions.Suggestions;
using Orleans;
using Orleans.Concurrency;

namespace Matchmaking.Abstractions.Grains;

/// <summary>
/// The matchmaking calls every actor grain answers, whatever its kind. Not a grain interface itself (three
/// classes implement it): reach it through <see cref="ICompanyGrain"/>, <see cref="IStartupGrain"/> or
/// <see cref="IResearcherGrain"/>.
/// </summary>
public interface IMatchmakingActor
{
    /// <summary>
    /// Partners for this actor from the engine, best first, with reasons; actors it declined never appear.
    /// Null when the actor does not exist. Throws <see cref="Errors.ValidationFailedException"/> for a
    /// <c>top</c> outside 1..100, an unknown theme or a province where no actor is.
    /// </summary>
    [ReadOnly]
    Task<IReadOnlyList<SuggestionItem>?> GetSuggestionsAsync(SuggestionRequest request);

    /// <summary>
    /// Records this actor's decision on the target, durably, before returning; the latest decision on a
    /// target wins. Throws <see cref="Errors.ActorNotFoundException"/> when this actor or the target does not
    /// exist, <see cref="Errors.ValidationFailedException"/> for feedback on itself or an over-long reason.
    /// Only this actor's side: an acceptance also needs <see cref="AddCollaborationAsync"/> on the target
    /// (the feedback desk does both, so that two actors accepting each other at once cannot deadlock).
    /// </summary>
    Task<FeedbackRecord> RecordFeedbackAsync(Feedback feedback);

    /// <summary>
    /// Records, durably and idempotently, that <paramref name="partner"/> accepted a collaboration with this
    /// actor. Throws <see cref="Errors.ActorNotFoundException"/> when this actor does not exist.
    /// </summary>
    Task AddCollaborationAsync(Profiles.ActorRef partner);

    /// <summary>Whom this actor declined and every collaboration it has (imported ones included); null when it does not exist.</summary>
    [ReadOnly]
    Task<ActorRelations?> GetRelationsAsync();

    /// <summary>
    /// The actor's member confirms the profile is still true, unchanged: it is fresh again from now (written, with a
    /// new version), and suggested again if it had expired. Returns when it was confirmed; throws
    /// <see cref="Errors.ActorNotFoundException"/> when the actor has no profile.
    /// </summary>
    Task<DateTimeOffset> ConfirmAsync();
}
