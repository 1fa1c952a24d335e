using Matchmaking.Runtime.Storage;
using Matchmaking.Runtime.Tests.Infrastructure;

namespace Matchmaking.Runtime.Tests.Grains;

public sealed record CompanyProfile(string Name, string City);

public sealed class ProfileState<TProfile>
{
    public TProfile? Profile { get; set; }
}

/// <summary>A generic base grain interface, as the product's profile grains use.</summary>
public interface IProfileGrain<TProfile> : IGrainWithStringKey
{
    Task SetAsync(TProfile profile);

    /// <summary>Like SetAsync, but swallows a storage conflict and says whether it wrote.</summary>
    Task<bool> TrySetAsync(TProfile profile);

    [ReadOnly]
    Task<TProfile?> GetAsync();

    [ReadOnly]
    Task<bool> RecordExistsAsync();

    Task ClearAsync();

    [ReadOnly]
    Task<string> GetGrainIdTextAsync();
}

public interface ICompanyGrain : IProfileGrain<CompanyProfile>;

public abstract class ProfileGrain<TProfile>(GrainProbe probe, IPersistentState<ProfileState<TProfile>> state) : Grain, IProfileGrain<TProfile>
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(GrainId);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivated(GrainId, reason);
        return Task.CompletedTask;
    }

    public Task SetAsync(TProfile profile)
    {
        state.State.Profile = profile;
        return state.WriteStateAsync();
    }

    public async Task<bool> TrySetAsync(TProfile profile)
    {
        try
        {
            await SetAsync(profile);
            return true;
        }
        catch (InconsistentStateException)
        {
            return false;
        }
    }

    public Task<TProfile?> GetAsync() => Task.FromResult(state.State.Profile);

    public Task<bool> RecordExistsAsync() => Task.FromResult(state.RecordExists);

    public Task ClearAsync() => state.ClearStateAsync();

    public Task<string> GetGrainIdTextAsync() => Task.FromResult(GrainId.ToString());
}

public sealed class CompanyGrain(GrainProbe probe, [PersistentState("profile")] IPersistentState<ProfileState<CompanyProfile>> state)
    : ProfileGrain<CompanyProfile>(probe, state), ICompanyGrain;
