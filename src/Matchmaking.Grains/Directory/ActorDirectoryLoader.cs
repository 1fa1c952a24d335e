using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Profiles;
using Matchmaking.Grains.Relations;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Grains.Directory;

/// <summary>
/// Rebuilds the in-memory views of the actors at start, in one pass over storage: the
/// <see cref="ActorDirectory"/> and the engine's index (<see cref="Matchmaker"/>), the latter with each
/// actor's relations (collaborations feed the engine's graph).
/// </summary>
public sealed class ActorDirectoryLoader(
    [FromKeyedServices(StorageNames.Profiles)] IGrainStorageScanner scanner,
    ActorDirectory directory,
    Matchmaker matchmaker)
{
    /// <summary>Loads every stored profile; returns how many.</summary>
    public async Task<int> LoadAsync(CancellationToken cancellationToken)
    {
        var count = await LoadAsync<CompanyProfile>(ActorKind.Company, cancellationToken);
        count += await LoadAsync<StartupProfile>(ActorKind.Startup, cancellationToken);
        count += await LoadAsync<ResearcherProfile>(ActorKind.Researcher, cancellationToken);
        return count;
    }

    private async Task<int> LoadAsync<TProfile>(ActorKind kind, CancellationToken cancellationToken)
        where TProfile : ActorProfile
    {
        var relations = new Dictionary<string, RelationsState>(StringComparer.Ordinal);
        await foreach (var stored in scanner.ReadAllAsync<RelationsState>(StorageNames.RelationsState, kind.Name(), cancellationToken))
        {
            relations[stored.GrainKey] = stored.State;
        }

        var count = 0;
        await foreach (var stored in scanner.ReadAllAsync<ProfileState<TProfile>>(StorageNames.ProfileState, kind.Name(), cancellationToken))
        {
            if (stored.State.Profile is { } profile)
            {
                directory.Upsert(kind, stored.GrainKey, profile);
                matchmaker.Upsert(kind, stored.GrainKey, profile, stored.State.UpdatedAt, relations.GetValueOrDefault(stored.GrainKey));
                count++;
            }
        }

        return count;
    }
}
