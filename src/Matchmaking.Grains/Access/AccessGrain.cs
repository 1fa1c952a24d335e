using Matchmaking.Abstractions.Access;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Grains.Access;

/// <summary>
/// The registry of users and API keys, in one durable state: few users (a hub's staff and members), every
/// write stored before it is acknowledged, a failed write leaving the activation as storage holds it.
/// </summary>
public sealed class AccessGrain(
    [PersistentState(StorageNames.AccessState, StorageNames.Profiles)] IPersistentState<AccessState> state) : Grain, IAccessGrain
{
    private Dictionary<string, StoredApiKey>? byHash;

    public Task<IReadOnlyList<UserInfo>> ListUsersAsync() =>
        Task.FromResult<IReadOnlyList<UserInfo>>([.. state.State.Users.OrderBy(u => u.Id, StringComparer.Ordinal).Select(Info)]);

    public Task<UserInfo?> GetUserAsync(string userId) =>
        Task.FromResult(Find(userId) is { } user ? Info(user) : null);

    public Task<UserCredentials?> GetCredentialsAsync(string userId) =>
        Task.FromResult(Find(userId) is { } user ? new UserCredentials(user.Account, user.PasswordHash) : null);

    public async Task<UserInfo?> CreateUserAsync(NewUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Find(user.Account.Id) is not null)
        {
            return null;
        }

        var stored = new StoredUser(user.Account.Id, user.Account.Name, user.Account.Role, user.Account.Actor, user.PasswordHash, user.CreatedAt, user.Account.Email, user.Account.Language);
        var next = state.State.Copy();
        next.Users.Add(stored);
        await WriteAsync(next);
        return Info(stored);
    }

    public async Task<bool> DeleteUserAsync(string userId)
    {
        if (Find(userId) is null)
        {
            return false;
        }

        var next = state.State.Copy();
        next.Users.RemoveAll(u => u.Id == userId);
        next.Keys.RemoveAll(k => k.UserId == userId);
        await WriteAsync(next);
        return true;
    }

    public async Task<ApiKeyInfo?> AddKeyAsync(string userId, NewApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Find(userId) is null)
        {
            return null;
        }

        var stored = new StoredApiKey(key.KeyId, userId, key.Prefix, key.Hash, key.Label, key.CreatedAt, null);
        var next = state.State.Copy();
        next.Keys.Add(stored);
        await WriteAsync(next);
        return stored.Info;
    }

    public async Task<ApiKeyInfo?> RevokeKeyAsync(string keyId, DateTimeOffset at)
    {
        var index = state.State.Keys.FindIndex(k => k.KeyId == keyId);
        if (index < 0)
        {
            return null;
        }

        var key = state.State.Keys[index];
        if (key.RevokedAt is not null)
        {
            return key.Info;
        }

        var next = state.State.Copy();
        next.Keys[index] = key with { RevokedAt = at };
        await WriteAsync(next);
        return next.Keys[index].Info;
    }

    public Task<UserAccount?> FindByKeyHashAsync(string keyHash)
    {
        byHash ??= state.State.Keys.ToDictionary(k => k.Hash, StringComparer.Ordinal);
        var account = byHash.TryGetValue(keyHash, out var key) && key.RevokedAt is null ? Find(key.UserId)?.Account : null;
        return Task.FromResult(account);
    }

    private async Task WriteAsync(AccessState next)
    {
        var previous = state.State;
        state.State = next;
        byHash = null;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            throw;
        }
    }

    private StoredUser? Find(string userId) => state.State.Users.Find(u => u.Id == userId);

    private UserInfo Info(StoredUser user) => new(
        user.Id,
        user.Name,
        user.Role,
        user.Actor,
        user.PasswordHash is not null,
        user.CreatedAt,
        [.. state.State.Keys.Where(k => k.UserId == user.Id).Select(k => k.Info)],
        user.Email,
        user.Language);
}
