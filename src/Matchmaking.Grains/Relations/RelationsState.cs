using System.Text.Json.Serialization;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Relations;
using Matchmaking.Storage;

namespace Matchmaking.Grains.Relations;

/// <summary>
/// What a profile grain stores of its relations: whom it declined and the collaborations learnt from feedback
/// (imported ones live in the profile). Changed by copy (<c>With…</c>), so a failed write leaves the old one intact.
/// </summary>
public sealed class RelationsState : IUnreadableState
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? Unreadable { get; set; }

    public List<DeclinedActor> Declined { get; set; } = [];

    public List<Collaboration> Collaborations { get; set; } = [];

    /// <summary>The state after declining <paramref name="target"/> (a new reason replaces the old one).</summary>
    public RelationsState Declining(ActorRef target, string? reason, DateTimeOffset at) => new()
    {
        Declined = [.. Declined.Where(d => d.Actor != target), new DeclinedActor(target, reason, at)],
        Collaborations = [.. Collaborations],
    };

    /// <summary>The state after accepting <paramref name="target"/>: a collaboration, and no longer declined.</summary>
    public RelationsState Accepting(ActorRef target) => new()
    {
        Declined = [.. Declined.Where(d => d.Actor != target)],
        Collaborations = WithCollaboration(target, CollaborationSources.Accepted),
    };

    /// <summary>The state with a collaboration from <paramref name="source"/>; null when it is already there.</summary>
    public RelationsState? Adding(ActorRef partner, string source) =>
        Collaborations.Any(c => c.Partner == partner && c.Source == source)
            ? null
            : new() { Declined = [.. Declined], Collaborations = WithCollaboration(partner, source) };

    /// <summary>True when accepting <paramref name="target"/> would change nothing.</summary>
    public bool HasAccepted(ActorRef target) =>
        Declined.All(d => d.Actor != target) && Collaborations.Any(c => c.Partner == target && c.Source == CollaborationSources.Accepted);

    /// <summary>The relations as the API shows them: these plus the profile's imported collaborations.</summary>
    public ActorRelations View(IReadOnlyList<ActorRef>? imported) => new(
        [.. Declined],
        [.. Collaborations, .. (imported ?? []).Select(p => new Collaboration(p, 1, CollaborationSources.Imported))]);

    private List<Collaboration> WithCollaboration(ActorRef partner, string source) =>
        Collaborations.Any(c => c.Partner == partner && c.Source == source)
            ? [.. Collaborations]
            : [.. Collaborations, new Collaboration(partner, 1, source)];
}
