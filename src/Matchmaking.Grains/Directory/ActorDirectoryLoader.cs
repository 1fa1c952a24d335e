using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Profiles;
using Matchmaking.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Grains.Directory;

/// <summary>Rebuilds the <see cref="ActorDirectory"/> from the profiles in storage (at start).</summary>
public sealed class ActorDirectoryLoader(
    [FromKeyedServices(StorageNames.Profiles)] IGrainStorageScanner scanner,
    ActorDirectory directory)
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
        var count = 0;
        await foreach (var stored in scanner.ReadAllAsync<ProfileState<TProfile>>(StorageNames.ProfileState, kind.Name(), cancellationToken))
        {
            if (stored.State.Profile is { } profile)
            {
                directory.Upsert(kind, stored.GrainKey, profile);
                count++;
            }
        }

        return count;
    }
}
