using Matchmaking.Storage;

namespace Matchmaking.Grains.ReadModels;

/// <summary>
/// A read model over the grains of one stored state (spaces, voucher programmes), kept by the
/// <see cref="EcosystemReplica"/>: filled from storage at start, from other silos' writes by the feed, and from this
/// silo's grains through <see cref="EcosystemReplica.Stored"/>. The replica orders the changes by storage version;
/// the view only applies them.
/// </summary>
public interface IReplicatedView
{
    /// <summary>The stored state the view follows (a <see cref="StorageNames"/> constant).</summary>
    string StateName { get; }

    /// <summary>Applies the stored row of <paramref name="key"/> at version <paramref name="etag"/>: a null payload is a deletion.</summary>
    void Apply(string key, string etag, StoredRow row, StoredStates states);
}
